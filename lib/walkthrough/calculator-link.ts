import type { Compounding, NetworkId } from '@/lib/calculator'

/** A scenario in the calculator's terms. Rates are decimal fractions here and percent in the URL. */
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
}

/** Plain decimal text without exponent or grouping, at most 12 decimals ("0.000000001", "32"). */
function plain(n: number): string {
  return n.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 12 })
}

/** A fraction as the calculator's percent parameter, to 6 decimals (0.028292143 → "2.829214"). */
function percent(fraction: number): string {
  return plain(Number((fraction * 100).toFixed(6)))
}

/**
 * `/calculator?…` for a scenario, with the calculator's public parameter names: amount, apr (percent),
 * compounding, commission (percent), days, price, priceChange (percent), inflation (percent), symbol,
 * currency, network. Optional values are left out when absent.
 */
export function calculatorHref(s: CalculatorScenario): string {
  const q = new URLSearchParams()
  q.set('amount', plain(s.amount))
  q.set('apr', percent(s.apr))
  q.set('compounding', String(s.compounding))
  q.set('commission', percent(s.commission))
  q.set('days', String(Math.round(s.days)))
  if (s.price !== undefined) q.set('price', plain(s.price))
  if (s.priceChange !== undefined) q.set('priceChange', percent(s.priceChange))
  if (s.inflation !== undefined) q.set('inflation', percent(s.inflation))
  if (s.symbol !== undefined) q.set('symbol', s.symbol)
  if (s.currency !== undefined) q.set('currency', s.currency)
  if (s.network !== undefined) q.set('network', s.network)
  return `/calculator?${q.toString()}`
}
