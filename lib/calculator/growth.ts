import type { CompoundingKind } from './compounding'
import { CalculatorInputError } from './errors'
import { RANGES } from './ranges'

/** A year is 365 days throughout the engine (the contract's convention). */
export const DAYS_PER_YEAR = 365

export const LN_MAX_GROWTH = Math.log(RANGES.maxGrowthFactor)

/**
 * Whole and partial compounding periods in `periods` (= n·t): k = ⌊n·t⌋ and φ = n·t − k. A value within a
 * billionth of a whole number counts as that whole number, so fractional day counts that are whole
 * periods in exact arithmetic (e.g. 5 × 73 days) are not split by rounding.
 */
export function splitPeriods(periods: number): { k: number; phi: number } {
  const nearest = Math.round(periods)
  if (Math.abs(periods - nearest) <= 1e-9 * Math.max(1, Math.abs(periods))) return { k: nearest, phi: 0 }
  const k = Math.floor(periods)
  return { k, phi: periods - k }
}

/**
 * Natural log of the growth factor after `years` at a constant net annual rate `rate`:
 *
 * - periodic (n a year): rewards accrue linearly inside a period and are restaked at its end, so the
 *   k = ⌊n·t⌋ whole periods compound and the remainder φ = n·t − k earns simple interest:
 *   ln[(1 + r/n)^k · (1 + (r/n)·φ)] = k·log1p(r/n) + log1p((r/n)·φ);
 * - continuous: ln[e^(r·t)] = r·t;
 * - none (simple interest): ln(1 + r·t).
 *
 * By Bernoulli's inequality (1 + r/n)^k·(1 + (r/n)·φ) ≥ 1 + r·(k + φ)/n = 1 + r·t, so a restaked stake
 * never ends below the same stake not restaked, however short the last period.
 */
export function logGrowth(rate: number, c: CompoundingKind, years: number): number {
  if (years === 0 || rate === 0) return 0
  if (c.kind === 'none') return Math.log1p(rate * years)
  if (c.kind === 'continuous') return rate * years
  const { k, phi } = splitPeriods(c.n * years)
  const perPeriod = rate / c.n
  return k * Math.log1p(perPeriod) + Math.log1p(perPeriod * phi)
}

/** Refuses growth beyond `RANGES.maxGrowthFactor`, keeping every later multiplication finite. */
export function assertGrowthFits(lnGrowth: number, field = 'days'): void {
  if (lnGrowth > LN_MAX_GROWTH) {
    throw new CalculatorInputError(field, GROWTH_TOO_LARGE_MESSAGE)
  }
}

export const GROWTH_TOO_LARGE_MESSAGE =
  'This projection grows more than 10^120-fold, too large to show. Shorten the period or lower the APR.'

/** Growth factor after `years`, guarded against overflow. */
export function growthFactor(rate: number, c: CompoundingKind, years: number): number {
  const ln = logGrowth(rate, c, years)
  assertGrowthFits(ln)
  return Math.exp(ln)
}
