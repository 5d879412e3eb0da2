import type { Projection } from '@/lib/calculator'
import { enCalculatorIsland } from '@/lib/i18n/en-calculator-island'
import { describeCompounding } from './describe'
import { formatDays, formatFiat, formatRate, formatTokens } from '@/lib/format'
import { scenarioApr } from './stake-input'
import type { Scenario } from './types'

const t = enCalculatorIsland.summary

/**
 * The result in one plain-language sentence, for the polite live region: "Staking 1,000.00 TOKEN for 365 days
 * at 5.00% APR, compounded daily, with no commission, ends with 1,051.27 TOKEN: 51.27 TOKEN of rewards, an
 * effective APY of 5.13%."
 */
export function summarySentence(s: Scenario, p: Projection): string {
  const apr = s.rateKind === 'apy' ? formatRate(scenarioApr(s)) : null
  return t.sentence({
    amount: formatTokens(s.amount, s.symbol),
    days: formatDays(s.days),
    rate: t.rate(formatRate(s.rate / 100), s.rateKind.toUpperCase(), apr),
    compounding: t.compounding(
      typeof s.compounding === 'number' ? describeCompounding(s.compounding) : s.compounding,
    ),
    commission: t.commission(s.commission === 0 ? null : formatRate(s.commission / 100)),
    final: formatTokens(p.finalBalance, s.symbol),
    worth: p.fiat === undefined ? '' : t.worth(formatFiat(p.fiat.finalValue, s.currency)),
    rewards: formatTokens(p.rewards, s.symbol),
    apy: formatRate(p.effectiveApy),
    real: p.real === undefined ? '' : t.real(formatRate(p.real.apy), formatRate(p.real.inflation)),
  })
}
