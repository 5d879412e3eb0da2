import type { Compounding, Range } from '@/lib/calculator'
import { enCalculatorMessages as m } from '@/lib/i18n/en-calculator-messages'
import { formatDays, formatPercentValue, formatPlain, formatQuantity } from '@/lib/format'
import { PARAM_RANGES } from './params'

/** Numeric parameters and how their values read in a message. */
export type NumericParam =
  | 'amount'
  | 'apr'
  | 'apy'
  | 'commission'
  | 'days'
  | 'price'
  | 'priceChange'
  | 'inflation'
  | 'stakeGrowth'
  | 'entryQueue'
  | 'exitQueue'

const PERCENT: ReadonlySet<NumericParam> = new Set(['apr', 'apy', 'commission', 'priceChange', 'inflation'])

/** A parameter value as readers see it in a message: "1,000 tokens", "5%", "365 days". */
export function describeNumber(param: NumericParam, value: number): string {
  const text = PERCENT.has(param)
    ? formatPercentValue(value)
    : param === 'days'
      ? formatDays(value)
      : param === 'amount'
        ? formatQuantity(value, m.token)
        : param === 'stakeGrowth' || param === 'entryQueue' || param === 'exitQueue'
          ? `${formatPlain(value)} ETH`
          : formatPlain(value)
  return text.replace(/^-/, '\u2212')
}

export function describeCompounding(c: Compounding): string {
  return typeof c === 'number' ? m.timesAYear(formatPlain(c)) : c
}

export function rangeOf(param: NumericParam): Range {
  return PARAM_RANGES[param]
}

/** "Commission must be between 0% and 100%". */
export function rangeMessage(param: NumericParam, label: string): string {
  const r = rangeOf(param)
  return m.range(label, describeNumber(param, r.min), describeNumber(param, r.max))
}
