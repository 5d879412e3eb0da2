import { getWalkthroughStrings } from '@/lib/i18n/walkthrough'
import { formatApproxDuration } from '@/lib/format'
import { activationTimeline, stakeSetup } from '@/lib/walkthrough/ledger'
import { isActive } from '@/lib/walkthrough/machine'
import { ActionControl } from '../action'
import { PhaseTimeline } from '../phase-timeline'
import type { StepProps } from '../types'

/** Step 5: the activation queue or warm-up, phase by phase, from the engine. */
export function ActivationStep({ state }: StepProps) {
  const t = getWalkthroughStrings().activation
  const setup = stakeSetup(state)
  if (setup === null) return null
  const timeline = activationTimeline(setup)
  return (
    <div className="space-y-5">
      <p className="text-muted">{t.intro}</p>
      <p className="text-text">{t.time[setup.network]}</p>
      <PhaseTimeline
        caption={t.timelineCaption}
        phases={timeline.phases}
        total={t.total(formatApproxDuration(timeline.totalDays))}
      />
      {isActive(state) ? (
        <p className="font-semibold text-text">{t.activeNote}</p>
      ) : (
        <ActionControl state={state} event={{ type: 'ACTIVATE' }} variant="primary">
          {t.skip}
        </ActionControl>
      )}
    </div>
  )
}
