import { apyToApr, CalculatorInputError, RANGES, validateStakeInput } from '@/lib/calculator'
import type { StakeInput } from '@/lib/calculator'
import { enCalculatorMessages as m } from '@/lib/i18n/en-calculator-messages'
import { fromPercent } from './defaults'
import type { ScenarioParam } from './params'
import { scenarioRateModel, scenarioToStakeInput } from './stake-input'
import type { Scenario } from './types'

export type ScenarioProblem = { param: ScenarioParam; message: string }

const FIELD_PARAM: Record<Exclude<keyof StakeInput, 'ratePath'>, ScenarioParam> = {
  principal: 'amount',
  apr: 'apr',
  commission: 'commission',
  compounding: 'compounding',
  days: 'days',
  price: 'price',
  priceChange: 'priceChange',
  inflation: 'inflation',
}

/**
 * Rules that involve several fields, which the per-parameter ranges cannot see: an APY whose APR (under the
 * chosen compounding) is above the engine's 1,000 % limit, and the engine's own checks, such as its refusal
 * of growth beyond 10¹²⁰ (reported on `days`). Returns the first problem, or `null` for a usable scenario.
 */
export function scenarioProblem(s: Scenario): ScenarioProblem | null {
  if (s.rateKind === 'apy' && apyToApr(fromPercent(s.rate), s.compounding) > RANGES.apr.max * (1 + 1e-12)) {
    return { param: 'apy', message: m.apyTooHigh }
  }
  if (s.rates === 'model' && s.network === 'ethereum' && s.stakeGrowth !== undefined) {
    try {
      scenarioRateModel(s)
    } catch (error) {
      if (error instanceof CalculatorInputError) return { param: 'stakeGrowth', message: error.message }
      throw error
    }
  }
  const result = validateStakeInput({ ...scenarioToStakeInput(s) })
  if (result.ok) return null
  const first = Object.entries(result.errors)[0]
  if (first === undefined) return null
  const [field, message] = first as [Exclude<keyof StakeInput, 'ratePath'>, string]
  const param = FIELD_PARAM[field]
  return { param: param === 'apr' ? s.rateKind : param, message }
}
