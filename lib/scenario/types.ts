import type { Compounding, NetworkId } from '@/lib/calculator'
import type { Credentials, Currency, PublicParam, RateMode, WidgetTheme } from './params'

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
  /** Network scenarios: `'model'` lets the rate follow the network's model over time (default constant). */
  rates?: RateMode
  /** Ethereum model: yearly change of total ETH staked, in ETH (default 0: held). */
  stakeGrowth?: number
  /** Ethereum solo: withdrawal credentials (default 0x01). */
  credentials?: Credentials
  /** Ethereum pooled: the operator's withdrawal credentials (default 0x01, as Lido's). */
  poolCredentials?: Credentials
  /** Ethereum: ETH in the deposit queue (default: the profile's dated figure). */
  entryQueue?: number
  /** Ethereum: ETH in the exit queue (default: the profile's dated figure). */
  exitQueue?: number
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
