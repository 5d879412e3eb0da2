import { enCalculatorDeferred } from '@/lib/i18n/en-calculator-deferred'
import { outcomeAssumptionText } from '@/lib/i18n/en-outcome-assumptions'
import type { OutcomeRange } from '@/lib/calculator'
import { formatFiat, formatRate, formatTokens } from '@/lib/format'
import { Heading } from '@/components/ui/heading'
import { outcomeSlashing } from '@/lib/scenario/analysis'
import type { Scenario } from '@/lib/scenario/types'

const t = enCalculatorDeferred.outcomes

/** The outcome range's slashing assumption for the scenario's network, in words. */
function slashingText(s: Scenario): string {
  const a = outcomeSlashing(s)
  if (a.basis === 'no-protocol-slashing') return t.slashing[a.basis]
  return t.slashing[a.basis](formatRate(a.annualProbability), formatRate(a.fraction))
}

/** P10 / P50 / P90 of the final balance from the engine's seeded simulation, with its assumptions. */
export function OutcomesView({
  idPrefix,
  scenario: s,
  range,
}: {
  idPrefix: string
  scenario: Scenario
  range: OutcomeRange | null
}) {
  const headingId = `${idPrefix}-outcomes`
  return (
    <section aria-labelledby={headingId} className="space-y-4">
      <Heading level={2} id={headingId}>
        {t.heading}
      </Heading>
      {range === null ? (
        <p className="text-muted">{t.unavailable}</p>
      ) : (
        <>
          <p className="text-muted">{t.lead}</p>
          <dl className="grid gap-3 sm:grid-cols-3">
            {(['p10', 'p50', 'p90'] as const).map((key) => (
              <div key={key} className="rounded-lg border border-line bg-surface p-3">
                <dt className="text-sm text-muted">{t[key]}</dt>
                <dd className="mt-0.5 text-xl font-bold text-text tabular-nums">
                  {formatTokens(range[key], s.symbol)}
                </dd>
                {range.fiat ? (
                  <dd className="text-sm text-muted">{formatFiat(range.fiat[key], s.currency)}</dd>
                ) : null}
              </div>
            ))}
          </dl>
          <p className="text-sm text-text">{t.loss(formatRate(range.probabilityOfLoss))}</p>
          <div>
            <p className="text-sm font-semibold text-text">{t.assumptionsLabel}</p>
            <ul className="mt-1 list-disc space-y-1 pl-5 text-sm text-muted">
              {[...t.illustrative, slashingText(s), ...range.assumptions.map(outcomeAssumptionText)].map(
                (a) => (
                  <li key={a}>{a}</li>
                ),
              )}
            </ul>
          </div>
        </>
      )}
    </section>
  )
}
