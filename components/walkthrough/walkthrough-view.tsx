import type { ReactNode } from 'react'
import { NETWORK_PRESETS } from '@/lib/calculator'
import { getWalkthroughStrings } from '@/lib/i18n/walkthrough'
import { transition } from '@/lib/walkthrough/machine'
import { providerKind } from '@/lib/walkthrough/providers'
import { stepAt, stepIndex } from '@/lib/walkthrough/steps'
import type { StepId, WalkthroughState } from '@/lib/walkthrough/types'
import { walkthroughHref } from '@/lib/walkthrough/url'
import { ActionControl, STEP_ANCHOR } from './action'
import { Progress } from './progress'
import { ActivationStep } from './steps/activation-step'
import { AmountStep } from './steps/amount-step'
import { IncidentsStep } from './steps/incidents-step'
import { ProviderStep } from './steps/provider-step'
import { ReviewStep } from './steps/review-step'
import { RewardsStep } from './steps/rewards-step'
import { SetupStep } from './steps/setup-step'
import { SummaryStep } from './steps/summary-step'
import { UnstakeStep } from './steps/unstake-step'
import type { HeadingLevel, StepProps, WalkthroughMode } from './types'
import { Heading } from './ui'

const STEPS: Record<StepId, (props: StepProps) => ReactNode> = {
  setup: SetupStep,
  provider: ProviderStep,
  amount: AmountStep,
  review: ReviewStep,
  activation: ActivationStep,
  rewards: RewardsStep,
  incidents: IncidentsStep,
  unstake: UnstakeStep,
  summary: SummaryStep,
}

export type WalkthroughViewProps = {
  state: WalkthroughState
  mode: WalkthroughMode
  /** Unique per walkthrough on the page: ids of headings and fields derive from it. */
  idPrefix: string
  /** Level of the step heading (the page: 2; an embed: its title's level + 1). */
  headingLevel: HeadingLevel
}

function stepHeading(state: WalkthroughState): string {
  const t = getWalkthroughStrings()
  switch (state.step) {
    case 'setup':
      return t.setup.heading
    case 'provider':
      return state.method === null ? t.steps.provider : t.provider.heading[providerKind(state.method)]
    default:
      return t[state.step].heading
  }
}

/** Id of the heading that receives focus after each step change. */
export function stepHeadingId(idPrefix: string): string {
  return `${idPrefix}-heading`
}

/**
 * The walkthrough at its current state: banner, progress, the step, and Back / Next / Start again. Pure
 * render with no hooks, so the page renders it on the server and the embed in the browser; every action
 * is a link or a GET form to the next state's URL, which the islands intercept.
 */
export function WalkthroughView({ state, mode, idPrefix, headingLevel }: WalkthroughViewProps) {
  const t = getWalkthroughStrings()
  const Step = STEPS[state.step]
  const nextStep = stepAt(stepIndex(state.step) + 1)
  const canNext = transition(state, { type: 'NEXT' }).ok
  const sub = Math.min(6, headingLevel + 1) as HeadingLevel
  return (
    <div className="space-y-6">
      <p role="note" className="rounded-md border border-warning bg-warning-soft px-3 py-2 text-sm text-text">
        {t.banner}
      </p>
      <Progress state={state} />
      <section
        id={mode === 'page' ? STEP_ANCHOR : `${idPrefix}-step`}
        aria-labelledby={stepHeadingId(idPrefix)}
        className="scroll-mt-6 space-y-5"
      >
        <Heading
          level={headingLevel}
          id={stepHeadingId(idPrefix)}
          tabIndex={-1}
          className="text-2xl font-bold tracking-tight text-text outline-none focus-visible:outline-2"
        >
          {stepHeading(state)}
        </Heading>
        <Step state={state} idPrefix={idPrefix} subLevel={sub} />
        <div className="flex flex-wrap items-center gap-3 border-t border-line pt-4" data-print="hide">
          <ActionControl state={state} event={{ type: 'BACK' }}>
            ← {t.back}
          </ActionControl>
          {canNext ? (
            <ActionControl state={state} event={{ type: 'NEXT' }} variant="primary">
              {t.next}: {t.steps[nextStep]} →
            </ActionControl>
          ) : null}
          {state.method === null ? null : (
            <ActionControl
              state={state}
              event={{ type: 'RESTART' }}
              variant="plain"
              className="ml-auto font-medium text-accent-strong underline"
            >
              {t.restart}
            </ActionControl>
          )}
        </div>
        {mode === 'embed' ? (
          <p className="text-sm">
            <a
              href={`${walkthroughHref(state)}#${STEP_ANCHOR}`}
              className="font-medium text-accent-strong underline"
            >
              {t.openFull}
            </a>
          </p>
        ) : null}
      </section>
    </div>
  )
}

/** The embed's title, naming the network it starts on. */
export function embedTitle(state: WalkthroughState): string {
  return getWalkthroughStrings().embedTitle(NETWORK_PRESETS[state.network].name)
}
