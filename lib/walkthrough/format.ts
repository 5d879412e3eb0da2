/** Reader-facing number formats for the walkthrough (en-US grouping, like the rest of the site). */

const cache = new Map<string, Intl.NumberFormat>()
function nf(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = JSON.stringify(options)
  let f = cache.get(key)
  if (f === undefined) {
    f = new Intl.NumberFormat('en-US', options)
    cache.set(key, f)
  }
  return f
}

/** Token amounts with sensible precision: 1,234.57 · 32.0562 · 0.007813 · 0.000005. */
export function formatTokens(value: number, symbol: string): string {
  const abs = Math.abs(value)
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
  return `${nf(options).format(value)} ${symbol}`
}

/** A share as a percentage: 0.0536 → "5.36%". */
export function formatPercent(fraction: number, digits = 2): string {
  return nf({ style: 'percent', maximumFractionDigits: digits }).format(fraction)
}

export function formatCount(n: number): string {
  return nf({ maximumFractionDigits: 0 }).format(n)
}

/** A whole number of days: "1 day", "37 days". */
export function formatDays(days: number): string {
  return `${formatCount(days)} day${days === 1 ? '' : 's'}`
}

/** A duration given in days, in the unit a reader would use: "about 13 minutes", "27 hours", "9.9 days". */
export function formatDuration(days: number): string {
  const minutes = days * 1440
  if (minutes < 90)
    return `about ${formatCount(Math.max(1, Math.round(minutes)))} minute${Math.round(minutes) === 1 ? '' : 's'}`
  const hours = days * 24
  if (hours < 48) return `about ${formatCount(Math.round(hours))} hours`
  const rounded = days < 10 ? Math.round(days * 10) / 10 : Math.round(days)
  return `about ${nf({ maximumFractionDigits: 1 }).format(rounded)} days`
}

/** Token amounts without rounding (up to 9 decimals), for limits the reader must type against. */
export function formatExactTokens(value: number, symbol: string): string {
  return `${nf({ maximumFractionDigits: 9 }).format(value)} ${symbol}`
}

/**
 * A YYYY-MM-DD date as "November 25, 2026" (UTC), like `formatDate` in lib/i18n, which this cannot import:
 * the embedded walkthrough runs in the browser and lib/i18n's index pulls in the whole dictionary.
 */
export function formatIsoDate(iso: string): string {
  return new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  )
}
