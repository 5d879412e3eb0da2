import { CalculatorInputError } from './errors'
import { RANGES } from './ranges'
import { checkRange, requireNumber, requireValid } from './validate'

/**
 * How often rewards are restaked. A number means whole periods per year (a positive integer);
 * `'none'` means rewards are not restaked (simple interest) and `'continuous'` is the limit n → ∞.
 */
export type Compounding =
  'none' | 'daily' | 'weekly' | 'monthly' | 'quarterly' | 'yearly' | 'continuous' | number

/** Named schedules as periods per year. A year is 365 days, so "daily" is 365 periods. */
export const PERIODS_PER_YEAR = { daily: 365, weekly: 52, monthly: 12, quarterly: 4, yearly: 1 } as const

export const COMPOUNDING_NAMES = [
  'none',
  'daily',
  'weekly',
  'monthly',
  'quarterly',
  'yearly',
  'continuous',
] as const

/** The compounding schedule reduced to what the maths needs. */
export type CompoundingKind = { kind: 'none' } | { kind: 'continuous' } | { kind: 'periodic'; n: number }

export const COMPOUNDING_MESSAGE =
  'Compounding must be none, daily, weekly, monthly, quarterly, yearly, continuous or a whole number of periods per year (1 or more)'

export function checkCompounding(value: unknown): string | null {
  if (typeof value === 'string') {
    return (COMPOUNDING_NAMES as readonly string[]).includes(value) ? null : COMPOUNDING_MESSAGE
  }
  return checkRange(value, {
    label: 'Compounding',
    range: RANGES.compoundingPeriods,
    integer: true,
    message: COMPOUNDING_MESSAGE,
  })
}

/** Validates and classifies a compounding schedule; throws `CalculatorInputError` (field `compounding`). */
export function compoundingKind(compounding: Compounding, field = 'compounding'): CompoundingKind {
  requireValid(field, compounding, checkCompounding)
  if (compounding === 'none') return { kind: 'none' }
  if (compounding === 'continuous') return { kind: 'continuous' }
  const n = typeof compounding === 'number' ? compounding : PERIODS_PER_YEAR[compounding]
  return { kind: 'periodic', n }
}

const aprRule = {
  label: 'APR',
  range: RANGES.apr,
  message: 'APR must be between 0% and 1,000%',
}

/**
 * Annual percentage yield from an annual percentage rate.
 *
 * - n periods a year: APY = (1 + APR/n)^n − 1, computed as expm1(n · log1p(APR/n)) for accuracy with
 *   tiny rates and huge n (standard compound interest; e.g. Investopedia "APY", the US Truth in Savings
 *   Act Regulation DD, 12 CFR 1030 Appendix A).
 * - `'continuous'`: APY = e^APR − 1 (the limit n → ∞).
 * - `'none'`: rewards are not restaked, so the rate is returned unchanged.
 *
 * The result is clamped to [APR, e^APR − 1], the exact mathematical bounds for n ≥ 1 (Bernoulli's
 * inequality and the limit), so floating-point rounding can never break them.
 */
export function aprToApy(apr: number, compounding: Compounding): number {
  const r = requireNumber('apr', apr, aprRule)
  const c = compoundingKind(compounding)
  if (c.kind === 'none') return r
  const upper = Math.expm1(r)
  if (c.kind === 'continuous') return upper
  const apy = Math.expm1(c.n * Math.log1p(r / c.n))
  return Math.min(upper, Math.max(r, apy))
}

/**
 * The APR that yields `apy` under `compounding`, the inverse of `aprToApy`:
 * n · ((1 + APY)^(1/n) − 1) = n · expm1(log1p(APY)/n); continuous ln(1 + APY); `'none'` unchanged.
 */
export function apyToApr(apy: number, compounding: Compounding): number {
  const y = requireNumber('apy', apy, {
    label: 'APY',
    range: { min: 0, max: Number.MAX_VALUE },
    message: 'APY must be 0% or more',
  })
  const c = compoundingKind(compounding)
  if (c.kind === 'none') return y
  if (c.kind === 'continuous') return Math.log1p(y)
  return c.n * Math.expm1(Math.log1p(y) / c.n)
}

/**
 * "Compound every N days" as periods per year. The contract needs whole periods per year, so N must
 * divide the 365-day year exactly (N = 1, 5, 73 or 365); anything else is rejected rather than silently
 * rounded. UIs offering "every 7 days" should use `'weekly'` (52 periods), and "every 30 days" `'monthly'`.
 */
export function compoundingFromEveryNDays(everyNDays: number): number {
  const n = requireNumber('compounding', everyNDays, {
    label: 'Compounding interval',
    range: { min: 1, max: 365 },
    integer: true,
    message: 'Compounding interval must be a whole number of days between 1 and 365',
  })
  if (365 % n !== 0) {
    throw new CalculatorInputError(
      'compounding',
      `Compounding every ${n} days does not fit a 365-day year a whole number of times; choose every 1, 5, 73 or 365 days, or weekly or monthly`,
    )
  }
  return 365 / n
}
