import { COMPOUNDING_NAMES, ETHEREUM_PROFILE } from '@/lib/calculator'
import { enCalculatorDocs } from '@/lib/i18n/en-calculator-docs'
import { DEFAULT_SCENARIO } from './defaults'
import { describeNumber } from './describe'
import type { NumericParam } from './describe'
import {
  CREDENTIALS,
  CURRENCIES,
  NETWORKS,
  PARAM_RANGES,
  RATE_MODES,
  SCENARIO_PARAMS,
  THEMES,
  WIDGET_PARAMS,
} from './params'
import type { PublicParam } from './params'

export type ParamDoc = { name: PublicParam; meaning: string; values: string; fallback: string }

const range = (param: NumericParam) => {
  const r = PARAM_RANGES[param]
  return `${describeNumber(param, r.min)} to ${describeNumber(param, r.max)}`
}

const VALUES: Record<PublicParam, string> = {
  network: NETWORKS.join(', '),
  amount: range('amount'),
  apr: range('apr'),
  apy: range('apy'),
  compounding: `${COMPOUNDING_NAMES.join(', ')}, or 1 to 2⁵³ − 1 times a year`,
  commission: range('commission'),
  days: `${range('days')}, whole days`,
  price: `${range('price')}, or empty`,
  priceChange: `${range('priceChange')}, or empty`,
  inflation: `${range('inflation')}, or empty`,
  symbol: '1 to 12 letters or digits; ., - and _ after the first',
  currency: CURRENCIES.join(', '),
  theme: THEMES.join(', '),
  compact: 'present, 1, true, yes or on; 0, false, no or off',
  rates: RATE_MODES.join(', '),
  stakeGrowth: range('stakeGrowth'),
  credentials: CREDENTIALS.join(', '),
  entryQueue: range('entryQueue'),
  exitQueue: range('exitQueue'),
  poolCredentials: CREDENTIALS.join(', '),
}

const d = DEFAULT_SCENARIO
const FALLBACK: Record<PublicParam, string> = {
  network: 'none',
  amount: String(d.amount),
  apr: `${d.rate}`,
  apy: '(apr is used)',
  compounding: String(d.compounding),
  commission: String(d.commission),
  days: String(d.days),
  price: 'none',
  priceChange: 'none',
  inflation: 'none (or the preset’s)',
  symbol: `${d.symbol} (or the preset’s)`,
  currency: d.currency,
  theme: 'auto',
  compact: 'off',
  rates: 'constant',
  stakeGrowth: '0 (held)',
  credentials: '0x01',
  entryQueue: `${ETHEREUM_PROFILE.liquidity.observedEntryQueueEth.value} (as of ${ETHEREUM_PROFILE.liquidity.observedEntryQueueEth.asOf})`,
  exitQueue: `${ETHEREUM_PROFILE.liquidity.observedExitQueueEth.value} (as of ${ETHEREUM_PROFILE.liquidity.observedExitQueueEth.asOf})`,
  poolCredentials: '0x01 (as Lido’s validators)',
}

/** Every public parameter with its meaning, allowed values and default, for the `/embed` documentation. */
export function paramDocs(): ParamDoc[] {
  return [...SCENARIO_PARAMS, ...WIDGET_PARAMS].map((name) => ({
    name,
    meaning: enCalculatorDocs.paramDocs[name],
    values: VALUES[name],
    fallback: FALLBACK[name],
  }))
}
