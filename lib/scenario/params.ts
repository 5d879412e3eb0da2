import { COMPOUNDING_NAMES, RANGES, aprToApy } from '@/lib/calculator'
import type { CalculatorPresetKey, NetworkId, Range } from '@/lib/calculator'

/**
 * The public query parameters of `/calculator` and `/embed/calculator`. Embedders paste these names into
 * their pages, so they never change meaning; new ones may be added. Percentages are written as percent
 * (`apr=5` is 5 %), unlike the engine, which takes decimal fractions.
 */
export const SCENARIO_PARAMS = [
  'network',
  'amount',
  'apr',
  'apy',
  'compounding',
  'commission',
  'days',
  'price',
  'priceChange',
  'inflation',
  'symbol',
  'currency',
  'rates',
  'stakeGrowth',
  'credentials',
  'entryQueue',
  'exitQueue',
  'poolCredentials',
] as const

/** How the rate behaves over time: held constant, or following the network's model (`networkRatePath`). */
export const RATE_MODES = ['constant', 'model'] as const
export type RateMode = (typeof RATE_MODES)[number]

/** Ethereum withdrawal credentials of a solo validator. */
export const CREDENTIALS = ['0x01', '0x02'] as const
export type Credentials = (typeof CREDENTIALS)[number]

/** Extra parameters of the embeddable widget only. */
export const WIDGET_PARAMS = ['theme', 'compact'] as const

export type ScenarioParam = (typeof SCENARIO_PARAMS)[number]
export type WidgetParam = (typeof WIDGET_PARAMS)[number]
export type PublicParam = ScenarioParam | WidgetParam

/** Longer values are refused before parsing (a number or a symbol never needs more). */
export const MAX_PARAM_LENGTH = 64

export const NETWORKS = ['ethereum', 'cosmos', 'solana'] as const satisfies readonly NetworkId[]

/** The engine preset a `network=` parameter stands for. */
export const NETWORK_PRESET: Record<NetworkId, CalculatorPresetKey> = {
  ethereum: 'eth-solo',
  cosmos: 'cosmos-delegate',
  solana: 'solana-delegate',
}

/** ISO 4217 codes the calculator formats fiat values in. */
export const CURRENCIES = [
  'USD',
  'EUR',
  'GBP',
  'JPY',
  'CHF',
  'CAD',
  'AUD',
  'NZD',
  'CNY',
  'HKD',
  'SGD',
  'KRW',
  'INR',
  'BRL',
  'MXN',
  'ZAR',
  'SEK',
  'NOK',
  'DKK',
  'PLN',
] as const

export type Currency = (typeof CURRENCIES)[number]

/** A token symbol: 1–12 letters, digits, '.', '-' or '_', starting with a letter or digit (e.g. stETH, USDC.e). */
export const SYMBOL_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,11}$/

export const THEMES = ['light', 'dark', 'auto'] as const
export type WidgetTheme = (typeof THEMES)[number]

export { COMPOUNDING_NAMES }

const percent = (r: Range): Range => ({ min: r.min * 100, max: r.max * 100 })

/**
 * Allowed range of every numeric parameter, in the units of the URL (tokens, percent, days, fiat), derived
 * from the engine's `RANGES`. Out-of-range values are clamped to these bounds and reported.
 */
export const PARAM_RANGES = {
  amount: RANGES.principal,
  apr: percent(RANGES.apr),
  /** Up to the APY of the highest APR compounded continuously, e^10 − 1; the APR it implies is checked too. */
  apy: { min: 0, max: aprToApy(RANGES.apr.max, 'continuous') * 100 },
  commission: percent(RANGES.commission),
  days: RANGES.days,
  price: RANGES.price,
  priceChange: percent(RANGES.priceChange),
  inflation: percent(RANGES.inflation),
  compoundingPeriods: RANGES.compoundingPeriods,
  /** Yearly change of total ETH staked for Ethereum's rate model, in ETH. */
  stakeGrowth: { min: -10_000_000, max: 10_000_000 },
  /** ETH waiting in Ethereum's deposit and exit queues. */
  entryQueue: { min: 0, max: 1_000_000_000 },
  exitQueue: { min: 0, max: 1_000_000_000 },
} as const satisfies Record<string, Range>
