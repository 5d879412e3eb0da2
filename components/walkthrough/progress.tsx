import { cn } from '@/components/ui/cn'
import { getWalkthroughStrings } from '@/lib/i18n/walkthrough'
import { STEP_COUNT, stepIndex } from '@/lib/walkthrough/steps'
import { STEP_IDS, type WalkthroughState } from '@/lib/walkthrough/types'
import { eventHref } from './action'

type ProgressProps = { state: WalkthroughState }

/** "Step n of m: name", a bar, and every step by name; steps already reached are links back to them. */
export function Progress({ state }: ProgressProps) {
  const t = getWalkthroughStrings()
  const current = stepIndex(state.step)
  const reached = stepIndex(state.reached)
  return (
    <nav aria-label={t.progressLabel} className="space-y-2" data-print="hide">
      <p className="text-sm font-semibold text-text">
        {t.stepOf(current + 1, STEP_COUNT)}: {t.steps[state.step]}
      </p>
      <div aria-hidden="true" className="h-1.5 rounded-full bg-sunken">
        <div
          className="h-1.5 rounded-full bg-accent motion-safe:transition-[width] motion-safe:duration-300"
          style={{ width: `${((current + 1) / STEP_COUNT) * 100}%` }}
        />
      </div>
      <ol className="flex flex-wrap gap-x-1 gap-y-1 text-xs">
        {STEP_IDS.map((step, i) => {
          const label = (
            <>
              <span aria-hidden="true" className="mr-1 tabular-nums">
                {i + 1}.
              </span>
              {t.steps[step]}
            </>
          )
          const base = 'inline-flex min-h-6 items-center rounded-full border px-2 py-0.5'
          if (i === current)
            return (
              <li key={step}>
                <span
                  aria-current="step"
                  className={cn(base, 'border-accent bg-accent-soft font-semibold text-text')}
                >
                  {label}
                </span>
              </li>
            )
          const href = i <= reached ? eventHref(state, { type: 'GOTO', step }) : null
          return (
            <li key={step}>
              {href ? (
                <a
                  href={href}
                  data-wt-nav="push"
                  rel="nofollow"
                  className={cn(base, 'border-line text-text underline-offset-2 hover:bg-sunken')}
                >
                  {label}
                </a>
              ) : (
                <span className={cn(base, 'border-transparent text-muted')}>{label}</span>
              )}
            </li>
          )
        })}
      </ol>
    </nav>
  )
}
