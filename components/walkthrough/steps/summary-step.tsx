import { getWalkthroughStrings } from '@/lib/i18n/walkthrough'
import { calculatorHref } from '@/lib/walkthrough/calculator-link'
import {
  formatApproxDuration,
  formatDays,
  formatExactTokens,
  formatQuantity,
  formatTokenAmount,
  formatTokens,
} from '@/lib/format'
import {
  activationTimeline,
  calculatorScenario,
  computeLedger,
  credentialsComparison,
  exitTimeline,
} from '@/lib/walkthrough/ledger'
import { ResultDisclaimer } from '../result-disclaimer'
import type { StepProps } from '../types'
import { Definitions, Heading, Panel, buttonPrimary } from '../ui'

/** Step 9: rewards, fees, losses and time locked, next to the calculator's simple projection (with a link to it). */
export function SummaryStep({ state, subLevel }: StepProps) {
  const w = getWalkthroughStrings()
  const t = w.summary
  const ledger = computeLedger(state)
  if (ledger === null || state.exit === null) return null
  const { setup } = ledger
  const s = setup.symbol
  const activation = activationTimeline(setup).totalDays
  const exit = exitTimeline(state, setup, state.exit).totalDays
  const net = ledger.balance - setup.amount
  const penalties = ledger.downtime?.penaltyTotal ?? 0
  const rows = [
    { term: t.staked, value: formatTokenAmount(setup.amount, s) },
    { term: t.rewards, value: formatTokenAmount(ledger.rewards, s) },
    { term: t.providerFees, value: formatTokenAmount(ledger.rewardFees, s) },
    { term: t.txFees, value: formatTokenAmount(ledger.transactionFees, s) },
    ...(ledger.downtime
      ? [{ term: t.missed, value: formatTokenAmount(ledger.downtime.missedRewards, s) }]
      : []),
    ...(penalties > 0 ? [{ term: t.penalties, value: formatTokenAmount(penalties, s) }] : []),
    ...(ledger.slashing ? [{ term: t.slashing, value: formatTokenAmount(ledger.slashing.total, s) }] : []),
    ...(ledger.discountLoss > 0
      ? [{ term: t.discount, value: formatTokenAmount(ledger.discountLoss, s) }]
      : []),
    { term: t.received, value: <strong>{formatTokenAmount(ledger.balance, s)}</strong> },
    { term: t.net, value: formatTokenAmount(net, s) },
    {
      term: t.time,
      value: `${formatApproxDuration(activation + ledger.clockDays + exit)}: ${t.timeDetail(formatApproxDuration(activation), formatDays(ledger.clockDays), formatApproxDuration(exit))}`,
    },
  ]
  const difference = net - ledger.simple.rewards
  const credentials = credentialsComparison(setup, ledger.clockDays)
  return (
    <div className="space-y-5">
      <p className="text-muted">{t.intro}</p>
      <Panel>
        <p className="mb-2 font-semibold text-text">{t.caption}</p>
        <Definitions rows={rows} />
        {credentials === null ? null : (
          <p className="mt-2 text-sm text-muted">
            {t.credentials(
              credentials.chosen,
              formatTokens(credentials.mine, s),
              formatTokens(credentials.other, s),
              credentials.sweepValidators > 1 || credentials.sweepIdle > 0
                ? t.sweepSplit(
                    formatQuantity(credentials.sweepValidators, w.amount.validator),
                    formatExactTokens(32, s),
                    credentials.sweepIdle > 0 ? formatExactTokens(credentials.sweepIdle, s) : null,
                  )
                : null,
            )}
          </p>
        )}
      </Panel>
      <div className="space-y-2">
        <Heading level={subLevel} className="font-semibold text-text">
          {t.compareHeading}
        </Heading>
        <p className="text-text">{t.compare(formatDays(ledger.clockDays))}</p>
        <Definitions
          rows={[
            { term: t.simpleRewards, value: formatTokenAmount(ledger.simple.rewards, s) },
            { term: t.difference, value: formatTokenAmount(difference, s) },
          ]}
        />
        <a href={calculatorHref(calculatorScenario(setup, ledger.clockDays))} className={buttonPrimary}>
          {t.openCalculator}
        </a>
      </div>
      <ResultDisclaimer />
    </div>
  )
}
