import type { Compounding, NetworkId } from '@/lib/calculator'
import { baseScenario } from '@/lib/scenario/defaults'
import { CURRENCIES, type Credentials, type Currency } from '@/lib/scenario/params'
import { scenarioToQueryString } from '@/lib/scenario/serialize'
import type { Scenario } from '@/lib/scenario/types'

/** A scenario in the engine's terms. Rates are decimal fractions here and percent in the URL. */
export type CalculatorScenario = {
  /** Tokens staked. */
  amount: number
  /** Gross APR before commission, e.g. 0.05. */
  apr: number
  compounding: Compounding
  /** Share of rewards kept by the validator, pool or platform, e.g. 0.05. */
  commission: number
  /** Whole days. */
  days: number
  price?: number
  /** Price change over the whole period, e.g. −0.2. */
  priceChange?: number
  /** Annual network inflation, e.g. 0.1. */
  inflation?: number
  symbol?: string
  currency?: string
  network?: NetworkId
  /** Solo Ethereum: withdrawal credentials (the calculator's `credentials`; 0x01 is its default). */
  credentials?: Credentials
}

/** A fraction as the calculator's percent, to 6 decimals (0.028292143 → 2.829214). */
const percent = (fraction: number) => Number((fraction * 100).toFixed(6))

/**
 * `/calculator?…` for the walkthrough's scenario, written by the calculator's own serializer
 * (lib/scenario), so the link uses exactly the public parameters the calculator parses back.
 */
export function calculatorHref(s: CalculatorScenario): string {
  const base = baseScenario(s.network)
  const scenario: Scenario = {
    ...(s.network !== undefined ? { network: s.network } : {}),
    amount: s.amount,
    rateKind: 'apr',
    rate: percent(s.apr),
    compounding: s.compounding,
    commission: percent(s.commission),
    days: Math.round(s.days),
    ...(s.price !== undefined ? { price: s.price } : {}),
    ...(s.priceChange !== undefined ? { priceChange: percent(s.priceChange) } : {}),
    ...(s.inflation !== undefined ? { inflation: percent(s.inflation) } : {}),
    symbol: s.symbol ?? base.symbol,
    currency: CURRENCIES.includes(s.currency as Currency) ? (s.currency as Currency) : base.currency,
    ...(s.network === 'ethereum' && s.credentials === '0x02' ? { credentials: s.credentials } : {}),
  }
  return `/calculator${scenarioToQueryString(scenario, { explicit: true })}`
}
