import { aprToApy, apyToApr, RANGES } from '@/lib/calculator'
import type { StakeInput } from '@/lib/calculator'
import { fromPercent, toPercent } from './defaults'
import type { RateKind, Scenario } from './types'

/** The gross APR as a decimal fraction, converting an APY under the scenario's compounding. */
export function scenarioApr(s: Scenario): number {
  const rate = fromPercent(s.rate)
  if (s.rateKind === 'apr') return rate
  // Rounding in the inverse may land a hair above the limit (APY 1,000 % compounded yearly is APR 1,000 %).
  return Math.min(RANGES.apr.max, apyToApr(rate, s.compounding))
}

/** The engine's input for a scenario (URL units → decimal fractions). */
export function scenarioToStakeInput(s: Scenario): StakeInput {
  const input: StakeInput = {
    principal: s.amount,
    apr: scenarioApr(s),
    commission: fromPercent(s.commission),
    compounding: s.compounding,
    days: s.days,
  }
  if (s.price !== undefined) input.price = s.price
  if (s.priceChange !== undefined) input.priceChange = fromPercent(s.priceChange)
  if (s.inflation !== undefined) input.inflation = fromPercent(s.inflation)
  return input
}

/** The scenario's rate expressed as `kind`, in percent (APR ↔ APY through the engine's conversion). */
export function rateAs(s: Scenario, kind: RateKind): number {
  if (kind === s.rateKind) return s.rate
  const apr = scenarioApr(s)
  return kind === 'apr' ? toPercent(apr) : toPercent(aprToApy(apr, s.compounding))
}
