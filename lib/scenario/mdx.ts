import type { CalculatorPresetKey, Compounding } from '@/lib/calculator'
import { DEFAULT_SCENARIO, presetScenario, toPercent } from './defaults'
import type { Credentials, Currency, RateMode } from './params'
import type { Scenario } from './types'

/**
 * The attributes of `<ApyCalculator>` in articles. They follow the engine's units (decimal fractions:
 * `apr={0.04}` is 4 %), like every MDX attribute; the content check validates them
 * (lib/content/component-rules.ts) before the build renders them.
 */
export type ApyCalculatorAttributes = {
  /** Start from an engine preset (its network, rate, fee, compounding and symbol). */
  preset?: CalculatorPresetKey
  amount?: number
  /** Gross APR as a fraction (0.04 = 4 %). Give `apr` or `apy`, not both. */
  apr?: number
  /** Gross APY as a fraction. */
  apy?: number
  compounding?: Compounding
  /** Share of rewards kept as commission, 0 … 1. */
  commission?: number
  days?: number
  price?: number
  /** Price change over the period as a fraction (−0.2 = falls by a fifth). */
  priceChange?: number
  /** Annual inflation as a fraction. */
  inflation?: number
  symbol?: string
  currency?: Currency
  /** Main inputs and results only. */
  compact?: boolean
  /** Network presets: `'model'` lets the rate follow the network's model over time (default `'constant'`). */
  rates?: RateMode
  /** Ethereum model: yearly change of total ETH staked, in ETH (default 0: held). */
  stakeGrowth?: number
  /** Ethereum solo: withdrawal credentials (default `'0x01'`). */
  credentials?: Credentials
  /** Ethereum: ETH waiting in the deposit queue (default: the profile's dated figure). */
  entryQueue?: number
  /** Ethereum: ETH waiting in the exit queue (default: the profile's dated figure). */
  exitQueue?: number
  /** Ethereum pooled: the operator's withdrawal credentials (default `'0x01'`). */
  poolCredentials?: Credentials
}

/** The scenario an article's attributes describe: the preset (or the default), then each attribute. */
export function scenarioFromAttributes(a: ApyCalculatorAttributes): Scenario {
  const s: Scenario = a.preset ? presetScenario(a.preset) : { ...DEFAULT_SCENARIO }
  if (a.amount !== undefined) s.amount = a.amount
  if (a.apr !== undefined) Object.assign(s, { rateKind: 'apr', rate: toPercent(a.apr) })
  if (a.apy !== undefined) Object.assign(s, { rateKind: 'apy', rate: toPercent(a.apy) })
  if (a.compounding !== undefined) s.compounding = a.compounding
  if (a.commission !== undefined) s.commission = toPercent(a.commission)
  if (a.days !== undefined) s.days = a.days
  if (a.price !== undefined) s.price = a.price
  if (a.priceChange !== undefined) s.priceChange = toPercent(a.priceChange)
  if (a.inflation !== undefined) s.inflation = toPercent(a.inflation)
  if (a.symbol !== undefined) s.symbol = a.symbol
  if (a.currency !== undefined) s.currency = a.currency
  if (a.rates !== undefined) s.rates = a.rates
  if (a.stakeGrowth !== undefined) s.stakeGrowth = a.stakeGrowth
  if (a.credentials !== undefined) s.credentials = a.credentials
  if (a.entryQueue !== undefined) s.entryQueue = a.entryQueue
  if (a.exitQueue !== undefined) s.exitQueue = a.exitQueue
  if (a.poolCredentials !== undefined) s.poolCredentials = a.poolCredentials
  return s
}
