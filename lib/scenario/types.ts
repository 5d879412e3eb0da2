import type { Compounding, NetworkId } from '@/lib/calculator'
import type { Currency, PublicParam, WidgetTheme } from './params'

export type RateKind = 'apr' | 'apy'

/**
 * One calculator scenario, in the units of the public query parameters: tokens, percent (5 = 5 %), whole
 * days. Always valid for the engine once parsed (`scenarioToStakeInput` cannot throw for a parsed scenario).
 * Optional fields are absent, never `undefined`.
 */
export type Scenario = {
  /** The network preset the scenario started from; its figures fill parameters the query leaves out. */
  network?: NetworkId
  /** Tokens staked at the start. */
  amount: number
  /** Whether `rate` is an APR or an APY (gross, before commission). */
  rateKind: RateKind
  /** The rate in percent. */
  rate: number
  compounding: Compounding
  /** Commission or platform fee, percent of rewards. */
  commission: number
  /** Duration in whole days. */
  days: number
  /** Fiat price of one token at the start. */
  price?: number
  /** Price change over the whole period, percent (−20 = the price falls by a fifth). */
  priceChange?: number
  /** Annual network inflation, percent, for the real yield. */
  inflation?: number
  symbol: string
  currency: Currency
}

/** A parameter that could not be used as given, and what was used instead, in plain English. */
export type ScenarioIssue = { param: PublicParam; message: string }

export type ParsedScenario = { scenario: Scenario; issues: ScenarioIssue[] }

export type WidgetOptions = { theme: WidgetTheme; compact: boolean }

export type ParsedWidget = ParsedScenario & { options: WidgetOptions }

/**
 * What a query can be: `URLSearchParams`, a query string (with or without `?`), or Next's `searchParams`
 * object (a key may repeat, giving an array).
 */
export type QueryInput = URLSearchParams | string | Record<string, string | string[] | undefined>
