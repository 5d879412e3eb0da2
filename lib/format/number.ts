import type { Currency } from '@/lib/scenario/params'
import { intlCache } from './intl-cache'

/**
 * Reader-facing numbers for the whole site, through `Intl.NumberFormat` with en-US grouping. Balances get two
 * decimals; tiny non-zero amounts keep three significant digits (0.0004 never reads as 0.00); huge values
 * switch to compact notation ("1,728 trillion", "$1,728T"), and beyond what compact notation names (10¹⁸) they
 * read as a bound ("more than 1 million trillion"). No formatter here ever writes an exponent.
 */
export const LOCALE = 'en-US'
/** From here on a value is written in compact notation. */
export const HUGE = 1e15
/** From here on even compact notation would print a row of digits: the value is written as a bound. */
export const BEYOND_COMPACT = 1e18

/** A cached `Intl.NumberFormat` for `options`. */
export const numberFormat = intlCache(
  (options: Intl.NumberFormatOptions) => new Intl.NumberFormat(LOCALE, options),
)

const isTiny = (n: number) => n !== 0 && Math.abs(n) < 0.005
const COMPACT: Intl.NumberFormatOptions = {
  notation: 'compact',
  compactDisplay: 'long',
  maximumSignificantDigits: 4,
  useGrouping: true,
}

/** A huge value in words: "1,728 trillion", or the bound "more than 1 million trillion" past 10¹⁸. */
function formatHuge(n: number): string {
  if (Math.abs(n) >= BEYOND_COMPACT)
    return n > 0 ? 'more than 1 million trillion' : 'less than −1 million trillion'
  return numberFormat(COMPACT).format(n)
}

/** A value of 10¹⁵ or more in words ("1,728 trillion"), or null for an ordinary value. */
export function hugeText(n: number): string | null {
  return Math.abs(n) >= HUGE ? formatHuge(n) : null
}

/** 1051.267 → "1,051.27"; 0.000412 → "0.000412"; 1.728e15 → "1,728 trillion". */
export function formatNumber(n: number): string {
  if (Math.abs(n) >= HUGE) return formatHuge(n)
  if (isTiny(n)) return numberFormat({ maximumSignificantDigits: 3 }).format(n)
  return numberFormat({ minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n)
}

/** A balance: "1,051.27 ETH" (two decimals). */
export function formatTokens(n: number, symbol: string): string {
  return `${formatNumber(n)} ${symbol}`
}

/** A token amount with the precision its size needs: "1,234.57 ETH", "32.0562 ETH", "0.007813 ETH". */
export function formatTokenAmount(value: number, symbol: string): string {
  const abs = Math.abs(value)
  if (abs >= HUGE) return `${formatHuge(value)} ${symbol}`
  const options: Intl.NumberFormatOptions =
    abs === 0
      ? { maximumFractionDigits: 0 }
      : abs >= 100
        ? { maximumFractionDigits: 2 }
        : abs >= 1
          ? { maximumFractionDigits: 4 }
          : abs >= 0.001
            ? { maximumFractionDigits: 6 }
            : { maximumSignificantDigits: 3 }
  return `${numberFormat(options).format(value)} ${symbol}`
}

/** A token amount without rounding (up to 9 decimals), for limits the reader must type against. */
export function formatExactTokens(value: number, symbol: string): string {
  return `${numberFormat({ maximumFractionDigits: 9 }).format(value)} ${symbol}`
}

/** A plain number as written in a sentence: "1,000", "2.5", "1,000,000,000,000" (at most 4 decimals). */
export function formatPlain(n: number, maximumFractionDigits = 4): string {
  if (Math.abs(n) >= HUGE) return formatHuge(n)
  if (isTiny(n)) return numberFormat({ maximumSignificantDigits: 3 }).format(n)
  return numberFormat({ maximumFractionDigits }).format(n)
}

/** A whole count: 1234.4 → "1,234". */
export function formatCount(n: number): string {
  if (Math.abs(n) >= HUGE) return formatHuge(n)
  return numberFormat({ maximumFractionDigits: 0 }).format(n)
}

/** Fiat in the scenario's currency: "$1,234.56", "¥1,235" (the currency's own decimals), "$1,728T". */
export function formatFiat(n: number, currency: Currency): string {
  if (Math.abs(n) >= BEYOND_COMPACT) return `${formatHuge(n)} ${currency}`
  if (Math.abs(n) >= HUGE)
    return numberFormat({ style: 'currency', currency, ...COMPACT, compactDisplay: 'short' }).format(n)
  return numberFormat({ style: 'currency', currency }).format(n)
}

/** A decimal fraction as a percentage with two decimals: 0.051267 → "5.13%". */
export function formatRate(fraction: number): string {
  if (Math.abs(fraction * 100) >= HUGE) return `${formatHuge(fraction * 100)}%`
  return numberFormat({ style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(
    fraction,
  )
}

/** A share as a percentage with up to `digits` decimals: 0.0536 → "5.36%", 0.05 → "5%". */
export function formatPercent(fraction: number, digits = 2): string {
  return numberFormat({ style: 'percent', maximumFractionDigits: digits }).format(fraction)
}

/** A percentage already in percent units, as typed: 5 → "5%", 2.829214 → "2.8292%". */
export function formatPercentValue(percent: number): string {
  return `${formatPlain(percent)}%`
}

/**
 * A number as text for an input field or a link: no grouping, at most `maxDecimals` decimals, never exponent
 * notation for ordinary sizes (1e-9 → "0.000000001").
 */
export function formatInput(n: number, maxDecimals = 6): string {
  if (!Number.isFinite(n)) return ''
  const abs = Math.abs(n)
  if (abs !== 0 && (abs >= 1e21 || abs < 1e-12)) return String(n)
  const digits = abs !== 0 && abs < 1 ? Math.min(15, maxDecimals + Math.ceil(-Math.log10(abs))) : maxDecimals
  return numberFormat({ useGrouping: false, maximumFractionDigits: digits }).format(n)
}
