import type { ProjectionAssumption } from './projection-assumptions'
import type { Compounding } from './compounding'
import type { RatePath } from './rate-path'

/** What the calculator is asked. Rates are decimal fractions (0.05 = 5 %). */
export type StakeInput = {
  /** Tokens staked at the start, 0 … 10¹². */
  principal: number
  /** Gross annual reward rate before commission, 0 … 10 (1,000 %). */
  apr: number
  /** Share of rewards taken by the validator, pool or platform, 0 … 1. */
  commission: number
  /** How often rewards are restaked; `'none'` when rewards are not restaked. */
  compounding: Compounding
  /** Length of the projection in whole days, 0 … 36,500. A year is 365 days. */
  days: number
  /** Optional fiat price of one token at the start. */
  price?: number
  /** Optional price change over the whole period: final price = price · (1 + priceChange). −1 … 100. */
  priceChange?: number
  /** Optional annual network inflation (token issuance), for real yield, 0 … 10. */
  inflation?: number
  /**
   * Optional gross APR that changes over time (a network model's path, see `rate-path.ts`); it sets the
   * growth instead of `apr`, which then stands for the rate at the start.
   */
  ratePath?: RatePath
}

export type SeriesPoint = {
  day: number
  /** Token balance on that day. */
  balance: number
  /** Cumulative rewards in tokens (balance − principal). */
  rewards: number
  /** Fiat price on that day (linear between start and final price), when a price was given. */
  price?: number
  /** Fiat value of the balance on that day, when a price was given. */
  value?: number
}

export type FiatSummary = {
  startPrice: number
  /** price · (1 + priceChange). */
  endPrice: number
  /** principal · startPrice. */
  startValue: number
  /** finalBalance · endPrice. */
  finalValue: number
  /** rewards · endPrice: what the earned tokens are worth at the end. */
  rewardsValue: number
  /** finalValue − startValue: includes the price move on the principal. */
  gain: number
}

export type RealYield = {
  inflation: number
  /** Fisher: (1 + effectiveApy) / (1 + inflation) − 1. */
  apy: number
  /** finalBalance / (1 + inflation)^years: the balance in start-of-period share of supply. */
  finalBalance: number
}

export type Projection = {
  /** The validated input, echoed back. */
  input: StakeInput
  principal: number
  years: number
  /** apr · (1 − commission). */
  netApr: number
  /** aprToApy(netApr, compounding). */
  effectiveApy: number
  finalBalance: number
  /** finalBalance − principal. */
  rewards: number
  /** The same stake with rewards not restaked, for the "with vs without compounding" comparison. */
  noCompounding: { finalBalance: number; rewards: number }
  fiat?: FiatSummary
  real?: RealYield
  /** With a `ratePath`: the mean gross APR of each year of the horizon (year 1 first; a part-year last). */
  rates?: { yearlyGrossApr: number[] }
  /** At most `MAX_SERIES_POINTS` evenly spaced points, always including day 0 and the final day. */
  series: SeriesPoint[]
  /** The formula's assumptions as ids and numbers, for the UI to list next to the result. */
  assumptions: ProjectionAssumption[]
}
