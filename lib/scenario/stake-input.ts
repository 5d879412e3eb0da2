import { aprToApy, apyToApr, networkRatePath, RANGES } from '@/lib/calculator'
import type { RatePath, RatePathAssumption, StakeInput } from '@/lib/calculator'
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
  const model = scenarioRateModel(s)
  if (model !== null) input.ratePath = model.path
  return input
}

/**
 * The network's rate model for a scenario with `rates=model`, or `null` (a constant rate). The model's
 * first rate replaces nothing the reader typed: it describes the network from its dated figures, and the
 * reader's APR field stays what it was for the constant case. Throws `CalculatorInputError` (field
 * `growthEthPerYear`) for a stake change that would empty the chain; `scenarioProblem` reports it first.
 */
export function scenarioRateModel(s: Scenario): { path: RatePath; assumption: RatePathAssumption } | null {
  if (s.network === undefined || s.rates !== 'model') return null
  return networkRatePath(s.network, {
    days: s.days,
    ...(s.network === 'ethereum' && s.stakeGrowth !== undefined ? { growthEthPerYear: s.stakeGrowth } : {}),
  })
}

/** The scenario's rate expressed as `kind`, in percent (APR ↔ APY through the engine's conversion). */
export function rateAs(s: Scenario, kind: RateKind): number {
  if (kind === s.rateKind) return s.rate
  const apr = scenarioApr(s)
  return kind === 'apr' ? toPercent(apr) : toPercent(aprToApy(apr, s.compounding))
}
