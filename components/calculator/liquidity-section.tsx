import { phaseLabel } from '@/lib/i18n/en-liquidity'
import { phaseDescription } from '@/lib/i18n/en-liquidity-descriptions'
import { cn } from '@/components/ui/cn'
import { ETHEREUM_PROFILE } from '@/lib/calculator'
import type { LiquidityTimeline } from '@/lib/calculator'
import { scenarioActivation } from '@/lib/scenario/analysis'
import { formatPlain } from '@/lib/format'
import { enCalculatorDeferred } from '@/lib/i18n/en-calculator-deferred'
import { enCalculatorIsland } from '@/lib/i18n/en-calculator-island'
import { Heading } from '@/components/ui/heading'
import type { Scenario } from '@/lib/scenario/types'

const t = enCalculatorDeferred.liquidity

/** When a new stake starts earning, with the Ethereum deposit queue it waits behind. */
function activationText(s: Scenario, days: number): string {
  if (s.network !== 'ethereum') return t.activation(t.days(days))
  const queue = s.entryQueue ?? ETHEREUM_PROFILE.liquidity.observedEntryQueueEth.value
  return t.activationQueue(t.days(days), formatPlain(queue))
}

/** The time-to-liquidity timeline from the engine: each phase, how long it takes, and its source. */
export function LiquidityView({
  idPrefix,
  scenario: s,
  timelines,
}: {
  idPrefix: string
  scenario: Scenario
  timelines: LiquidityTimeline[]
}) {
  const headingId = `${idPrefix}-liquidity`
  const activation = scenarioActivation(s)
  return (
    <section aria-labelledby={headingId} className="space-y-4">
      <Heading level={2} id={headingId}>
        {t.heading}
      </Heading>
      <p className="text-muted">{s.network === undefined ? t.pick : t.lead}</p>
      {activation === null ? null : <p className="text-text">{activationText(s, activation.totalDays)}</p>}
      <div className={cn('grid gap-4', s.network === undefined && 'md:grid-cols-3')}>
        {timelines.map((timeline) => (
          <Timeline
            key={`${timeline.network}-${timeline.phases.at(-1)?.id ?? ''}`}
            timeline={timeline}
            detailed={s.network !== undefined}
          />
        ))}
      </div>
    </section>
  )
}

function Timeline({ timeline, detailed }: { timeline: LiquidityTimeline; detailed: boolean }) {
  const name = enCalculatorIsland.form.networks[timeline.network]
  return (
    <div className="rounded-lg border border-line bg-surface p-4">
      <p className="font-semibold text-text">
        {name}{' '}
        <span className="font-normal text-muted">
          ({timeline.phases.at(-1)?.id === 'pending-partial-payout' ? t.partial : t.method(timeline.method)})
        </span>
      </p>
      <ol className="mt-3 space-y-3 border-l-2 border-line pl-4">
        {timeline.phases.map((phase) => (
          <li key={phase.id} className="relative">
            <span
              aria-hidden="true"
              className="absolute top-1.5 -left-[1.4rem] size-2.5 rounded-full bg-accent"
            />
            <p className="text-sm font-semibold text-text">
              {phaseLabel(phase.id)}:{' '}
              <span className="font-normal">
                {t.days(phase.endDay - phase.startDay)}
                {phase.worstDays === undefined ? null : `, ${t.worst(t.days(phase.worstDays))}`}
              </span>
            </p>
            {detailed ? <p className="text-sm text-muted">{phaseDescription(phase.facts)}</p> : null}
            {detailed && phase.source ? (
              <p className="text-xs text-muted">
                {t.source}:{' '}
                <a href={phase.source.url} className="underline hover:text-text">
                  {phase.source.title}
                </a>
              </p>
            ) : null}
          </li>
        ))}
      </ol>
      <p className="mt-3 font-semibold text-text">
        {t.total(t.days(timeline.totalDays))}
        {timeline.worstTotalDays > timeline.totalDays
          ? `, ${t.worst(t.days(timeline.worstTotalDays))}`
          : null}
      </p>
    </div>
  )
}
