import type { Currency } from './params'

/**
 * Number formatting for everything the calculator shows: `Intl.NumberFormat` with en-US grouping. Token
 * balances get two decimals; tiny non-zero amounts keep three significant digits (so 0.0004 never reads
 * as 0.00); astronomically large ones switch to scientific notation so they never overflow a phone screen.
 */
const LOCALE = 'en-US'
const HUGE = 1e15

const cache = new Map<string, Intl.NumberFormat>()
function nf(key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  let f = cache.get(key)
  if (f === undefined) {
    f = new Intl.NumberFormat(LOCALE, options)
    cache.set(key, f)
  }
  return f
}

const isTiny = (n: number) => n !== 0 && Math.abs(n) < 0.005

/** 1051.267 → "1,051.27"; 0.000412 → "0.000412"; 1.2e20 → "1.2E20". */
export function formatNumber(n: number): string {
  if (Math.abs(n) >= HUGE) return nf('sci', { notation: 'scientific', maximumFractionDigits: 3 }).format(n)
  if (isTiny(n)) return nf('tiny', { maximumSignificantDigits: 3 }).format(n)
  return nf('2dp', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n)
}

/** "1,051.27 ETH". */
export function formatTokens(n: number, symbol: string): string {
  return `${formatNumber(n)} ${symbol}`
}

/** A plain number as written in a sentence: "1,000", "2.5", "1,000,000,000,000" (at most 4 decimals). */
export function formatPlain(n: number, maximumFractionDigits = 4): string {
  if (Math.abs(n) >= HUGE) return formatNumber(n)
  if (isTiny(n)) return nf('tiny', { maximumSignificantDigits: 3 }).format(n)
  return nf(`plain${maximumFractionDigits}`, { maximumFractionDigits }).format(n)
}

/** Fiat in the scenario's currency: "$1,234.56", "¥1,235" (the currency's own decimals). */
export function formatFiat(n: number, currency: Currency): string {
  const notation = Math.abs(n) >= HUGE ? 'scientific' : 'standard'
  return nf(`fiat-${currency}-${notation}`, {
    style: 'currency',
    currency,
    notation,
    maximumFractionDigits: notation === 'scientific' ? 3 : undefined,
  }).format(n)
}

/** A decimal fraction as a percentage with two decimals: 0.051267 → "5.13%". */
export function formatRate(fraction: number): string {
  if (Math.abs(fraction) >= HUGE) return `${formatNumber(fraction * 100)}%`
  return nf('pct', { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(fraction)
}

/** A percentage already in percent units, as typed: 5 → "5%", 2.829214 → "2.8292%". */
export function formatPercentValue(percent: number): string {
  return `${formatPlain(percent)}%`
}

/** Whole days in words: 1 → "1 day", 365 → "365 days". */
export function formatDays(days: number): string {
  return `${nf('int', { maximumFractionDigits: 0 }).format(days)} ${days === 1 ? 'day' : 'days'}`
}

/**
 * A number as text for an input field: no grouping, at most `maxDecimals` decimals, never exponent
 * notation for ordinary sizes (1e-9 → "0.000000001").
 */
export function formatInput(n: number, maxDecimals = 6): string {
  if (!Number.isFinite(n)) return ''
  const abs = Math.abs(n)
  if (abs !== 0 && (abs >= 1e21 || abs < 1e-12)) return String(n)
  const digits = abs !== 0 && abs < 1 ? Math.min(15, maxDecimals + Math.ceil(-Math.log10(abs))) : maxDecimals
  return nf(`input${digits}`, { useGrouping: false, maximumFractionDigits: digits }).format(n)
}

/** A YYYY-MM-DD date for readers, "October 15, 2024" (UTC, so it never shifts a day). */
export function formatIsoDate(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`)
  if (Number.isNaN(date.getTime())) return iso
  return new Intl.DateTimeFormat(LOCALE, { dateStyle: 'long', timeZone: 'UTC' }).format(date)
}
