import type { CompoundingKind } from './compounding'
import { CalculatorInputError } from './errors'
import { RANGES } from './ranges'

/** A year is 365 days throughout the engine (the contract's convention). */
export const DAYS_PER_YEAR = 365

export const LN_MAX_GROWTH = Math.log(RANGES.maxGrowthFactor)

/**
 * Natural log of the growth factor after `years` at net annual rate `rate`:
 *
 * - periodic (n a year): ln[(1 + r/n)^(n·t)] = n·t·log1p(r/n)
 * - continuous: ln[e^(r·t)] = r·t
 * - none (simple interest): ln(1 + r·t)
 *
 * Partial final period: t = days / 365 is used as is, so a period that has only partly elapsed grows by
 * (1 + r/n) raised to the elapsed fraction. This is the contract's formula evaluated at fractional t; it is
 * continuous and monotonic in days, and differs from "linear accrual inside the period, then compound" by
 * less than r²/(8n²) of the balance.
 */
export function logGrowth(rate: number, c: CompoundingKind, years: number): number {
  if (years === 0 || rate === 0) return 0
  if (c.kind === 'none') return Math.log1p(rate * years)
  if (c.kind === 'continuous') return rate * years
  return c.n * years * Math.log1p(rate / c.n)
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
