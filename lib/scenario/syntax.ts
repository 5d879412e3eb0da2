import { PARAM_RANGES } from './params'

/**
 * How numbers are written in the calculator's links and fields, as plain functions: the query schema
 * (`schema.ts`) is built on them, and the calculator's fields use them directly, so the browser does not need
 * the schema library to check what a reader types.
 */

/**
 * A comma only groups thousands ("1,000.5"); decimals take a point. Any other comma ("1,5") is refused with
 * its own message rather than guessed: "1,5" could mean 1.5 or 15, and dropping the fraction would be silent.
 */
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/
/** A plain decimal with an optional exponent: "1000", "-2.5", ".5", "1e-7". */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i
/** A whole number of compounding periods a year, at most 16 digits. */
const PERIODS = /^\d{1,16}$/

/** Tidies typed or pasted numbers: spaces, a trailing % sign and thousands separators go; −/– become -. */
export function normalizeNumberText(text: string): string {
  const t = text
    .trim()
    .replace(/[\s_\u00a0\u202f]/g, '')
    .replace(/^[\u2212\u2013]/, '-')
    .replace(/%$/, '')
  return GROUPED.test(t) ? t.replace(/,/g, '') : t
}

export type NumberTextRead =
  { ok: true; value: number } | { ok: false; reason: 'not-a-number' | 'not-finite' | 'decimal-comma' }

/** A finite number written as text; `-0` becomes 0; "1e309" is not finite; "NaN" and "0x10" are not numbers. */
export function readNumberText(text: string): NumberTextRead {
  const t = normalizeNumberText(text)
  if (!DECIMAL.test(t)) return { ok: false, reason: t.includes(',') ? 'decimal-comma' : 'not-a-number' }
  const value = Number(t) + 0
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, reason: 'not-finite' }
}

/** A whole number of compounding periods a year (1 … 2⁵³ − 1), or `null`. */
export function readPeriodsText(text: string): number | null {
  const t = text.trim()
  if (!PERIODS.test(t)) return null
  const n = Number(t)
  const { min, max } = PARAM_RANGES.compoundingPeriods
  return n >= min && n <= max ? n : null
}
