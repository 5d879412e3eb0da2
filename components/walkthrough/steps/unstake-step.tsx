import { getWalkthroughStrings } from '@/lib/i18n/walkthrough'
import { formatApproxDuration } from '@/lib/format'
import { exitTimeline, stakeSetup } from '@/lib/walkthrough/ledger'
import { exitRoutes } from '@/lib/walkthrough/machine'
import { ActionControl } from '../action'
import { PhaseTimeline } from '../phase-timeline'
import type { StepProps } from '../types'

/** Step 8: the unbonding or exit wait from the engine (both routes for a liquid token), then withdrawal. */
export function UnstakeStep({ state }: StepProps) {
  const t = getWalkthroughStrings().unstake
  const setup = stakeSetup(state)
  if (setup === null) return null
  if (state.exit !== null) {
    const timeline = exitTimeline(state, setup, state.exit)
    return (
      <div className="space-y-5">
        <p className="font-semibold text-text">
          {t.requested} {timeline.forced ? t.forced : null}
        </p>
        <PhaseTimeline
          caption={t.waitCaption}
          phases={timeline.phases}
          total={t.total(formatApproxDuration(timeline.totalDays))}
        />
        <ActionControl state={state} event={{ type: 'WITHDRAW' }} variant="primary">
          {t.withdraw}
        </ActionControl>
      </div>
    )
  }
  const routes = exitRoutes(state.method)
  return (
    <div className="space-y-5">
      <p className="text-muted">{t.intro}</p>
      <ul className="grid gap-4 lg:grid-cols-2">
        {routes.map((route) => {
          const timeline = exitTimeline(state, setup, route)
          return (
            <li key={route} className="space-y-3 rounded-lg border border-line bg-surface p-4">
              <PhaseTimeline
                caption={t.previewCaption(t.routes[route])}
                phases={timeline.phases}
                total={t.total(formatApproxDuration(timeline.totalDays))}
              />
              {route === 'standard' ? null : <p className="text-sm text-muted">{t.routeHelp[route]}</p>}
              <ActionControl state={state} event={{ type: 'UNSTAKE', route }} variant="primary">
                {t.routes[route]}
              </ActionControl>
            </li>
          )
        })}
      </ul>
    </div>
  )
}
