import { phaseLabel } from '@/lib/i18n/en-liquidity'
import { phaseDescription } from '@/lib/i18n/en-liquidity-descriptions'
import type { LiquidityPhase } from '@/lib/calculator'
import { formatApproxDuration } from '@/lib/format'
import { SourceLink } from './figure-source'

type PhaseTimelineProps = { caption: string; phases: LiquidityPhase[]; total: string }

/** A timeline of phases from the engine: each with its length, what happens, and the rule's source. */
export function PhaseTimeline({ caption, phases, total }: PhaseTimelineProps) {
  const longest = Math.max(...phases.map((p) => p.endDay - p.startDay), 1e-9)
  return (
    <figure className="space-y-3">
      <figcaption className="text-sm font-semibold text-text">{caption}</figcaption>
      <ol className="space-y-3">
        {phases.map((p, i) => {
          const days = p.endDay - p.startDay
          return (
            <li key={p.id} className="rounded-md border border-line bg-surface p-3">
              <p className="flex flex-wrap items-baseline justify-between gap-x-3 font-medium text-text">
                <span>
                  {i + 1}. {phaseLabel(p.id)}
                </span>
                <span className="text-sm text-muted tabular-nums">{formatApproxDuration(days)}</span>
              </p>
              <div aria-hidden="true" className="mt-2 h-1.5 rounded-full bg-sunken">
                <div
                  className="h-1.5 rounded-full bg-accent"
                  style={{ width: `${Math.max(2, Math.sqrt(days / longest) * 100)}%` }}
                />
              </div>
              <p className="mt-2 text-sm text-muted">
                {phaseDescription(p.facts)} {p.source ? <SourceLink source={p.source} /> : null}
              </p>
            </li>
          )
        })}
      </ol>
      <p className="text-sm font-semibold text-text">{total}</p>
    </figure>
  )
}
