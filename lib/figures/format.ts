/**
 * Number formats for figure ticks and tables (en-US, through `Intl.NumberFormat`). Amounts and dates in
 * sentences use `lib/format`; these are the shorter forms an axis needs.
 */
const LOCALE = 'en-US'
const formats = new Map<string, Intl.NumberFormat>()

function nf(digits: number, style: 'percent' | 'decimal'): Intl.NumberFormat {
  const key = `${style}${digits}`
  let f = formats.get(key)
  if (f === undefined) {
    f = new Intl.NumberFormat(LOCALE, { style, maximumFractionDigits: digits })
    formats.set(key, f)
  }
  return f
}

/** A fraction as a percentage with at most `digits` decimals: 0.0283 → "2.83%" (2), "3%" (0). */
export const percent = (fraction: number, digits = 0): string => nf(digits, 'percent').format(fraction)

/** A number with grouping and at most `digits` decimals: 1234.5 → "1,234.5". */
export const decimal = (value: number, digits = 0): string => nf(digits, 'decimal').format(value)

/** A price ratio as a multiplier: 0.5 → "0.5×", 2 → "2×". */
export const times = (ratio: number): string => `${decimal(ratio, 2)}×`
