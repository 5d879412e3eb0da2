import { CALCULATOR_PRESETS, NETWORK_PRESETS } from '@/lib/calculator'
import type { CalculatorPresetKey, NetworkId } from '@/lib/calculator'
import { NETWORK_PRESET } from './params'
import type { Scenario } from './types'

/**
 * The scenario of a link without parameters: 1,000 tokens at 5 % APR compounded daily, no fee, one year.
 * Round numbers a reader can check by hand; no network, so no figure here needs a source.
 */
export const DEFAULT_SCENARIO: Readonly<Scenario> = Object.freeze({
  amount: 1000,
  rateKind: 'apr',
  rate: 5,
  compounding: 'daily',
  commission: 0,
  days: 365,
  symbol: 'TOKEN',
  currency: 'USD',
})

/**
 * Engine fractions → URL percent, kept in one place so presets and conversions agree exactly. Rounded to 15
 * significant digits so binary noise does not reach links: 0.035 × 100 is 3.5000000000000004 in floating
 * point, but 3.5 here.
 */
export const toPercent = (fraction: number): number => Number((fraction * 100).toPrecision(15))
export const fromPercent = (percent: number): number => percent / 100

/** The scenario of an engine preset (`'eth-solo'`, `'cosmos-delegate'` …), in URL units. */
export function presetScenario(key: CalculatorPresetKey): Scenario {
  const preset = CALCULATOR_PRESETS[key]
  const input = preset.input
  const scenario: Scenario = {
    network: preset.network,
    amount: input.principal,
    rateKind: 'apr',
    rate: toPercent(input.apr),
    compounding: input.compounding,
    commission: toPercent(input.commission),
    days: input.days,
    symbol: NETWORK_PRESETS[preset.network].symbol,
    currency: DEFAULT_SCENARIO.currency,
  }
  if (input.inflation !== undefined) scenario.inflation = toPercent(input.inflation)
  return scenario
}

/** What parameters missing from a query default to: the network's preset, or `DEFAULT_SCENARIO`. */
export function baseScenario(network?: NetworkId): Scenario {
  return network === undefined ? { ...DEFAULT_SCENARIO } : presetScenario(NETWORK_PRESET[network])
}
