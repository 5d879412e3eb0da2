import { baseScenario } from './defaults'
import type { Scenario, WidgetOptions } from './types'

export type SerializeOptions = {
  /**
   * Write every value, not only those that differ from the defaults. Values that come from a network preset
   * are still left out, so an embedded Ethereum scenario keeps following the preset's sourced figures.
   */
  explicit?: boolean
}

/** Shortest text that reads back as exactly the same double (JavaScript's `String` guarantees it). */
const num = (n: number) => String(n)

/**
 * The query of a scenario: `parseScenarioQuery(scenarioToSearchParams(s))` gives back `s` exactly. Only
 * values that differ from what a missing parameter means are written (the network preset's figures, or
 * `DEFAULT_SCENARIO`); an optional figure the preset has but the scenario drops is written empty
 * (`inflation=`).
 */
export function scenarioToSearchParams(s: Scenario, options: SerializeOptions = {}): URLSearchParams {
  const base = baseScenario(s.network)
  const all = options.explicit === true && s.network === undefined
  const params = new URLSearchParams()
  const differs = <T>(a: T, b: T) => all || !Object.is(a, b)
  if (s.network !== undefined) params.set('network', s.network)
  if (differs(s.amount, base.amount)) params.set('amount', num(s.amount))
  if (all || s.rateKind !== base.rateKind || !Object.is(s.rate, base.rate))
    params.set(s.rateKind, num(s.rate))
  if (differs(s.compounding, base.compounding)) params.set('compounding', String(s.compounding))
  if (differs(s.commission, base.commission)) params.set('commission', num(s.commission))
  if (differs(s.days, base.days)) params.set('days', num(s.days))
  for (const key of ['price', 'priceChange', 'inflation'] as const) {
    const value = s[key]
    if (value === undefined) {
      if (base[key] !== undefined) params.set(key, '')
    } else if (differs(value, base[key])) params.set(key, num(value))
  }
  if (differs(s.symbol, base.symbol)) params.set('symbol', s.symbol)
  if (differs(s.currency, base.currency)) params.set('currency', s.currency)
  if (s.rates !== undefined) params.set('rates', s.rates)
  for (const key of ['stakeGrowth', 'entryQueue', 'exitQueue'] as const) {
    const value = s[key]
    if (value !== undefined) params.set(key, num(value))
  }
  if (s.credentials !== undefined) params.set('credentials', s.credentials)
  if (s.poolCredentials !== undefined) params.set('poolCredentials', s.poolCredentials)
  return params
}

/** `?amount=…` or the empty string for the default scenario. */
export function scenarioToQueryString(s: Scenario, options: SerializeOptions = {}): string {
  const query = scenarioToSearchParams(s, options).toString()
  return query === '' ? '' : `?${query}`
}

/** The widget's query: the scenario plus `theme` (when not auto) and `compact` (when on). */
export function widgetToSearchParams(
  s: Scenario,
  options: WidgetOptions,
  serialize: SerializeOptions = {},
): URLSearchParams {
  const params = scenarioToSearchParams(s, serialize)
  if (options.theme !== 'auto') params.set('theme', options.theme)
  if (options.compact) params.set('compact', '1')
  return params
}
