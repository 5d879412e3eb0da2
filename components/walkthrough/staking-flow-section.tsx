import { useId, type ComponentType } from 'react'
import { initialState } from '@/lib/walkthrough/machine'
import type { StakingFlowProps } from './staking-flow'
import type { StakingFlowIslandProps } from './staking-flow.client'
import type { HeadingLevel } from './types'
import { Heading } from './ui'
import { WalkthroughView, embedTitle } from './walkthrough-view'

/**
 * `<StakingFlow>` with the island that makes it interactive given by the caller: articles pass one whose code
 * loads when the reader reaches it (components/islands/article-staking-flow.tsx). In its own file, which imports
 * no island, so that a route bundles only the island it passes.
 */
export function StakingFlowSection({
  network,
  headingLevel = 3,
  island: Island,
}: StakingFlowProps & { island: ComponentType<StakingFlowIslandProps> }) {
  const idPrefix = `sf-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`
  const state = initialState(network)
  const titleId = `${idPrefix}-title`
  const stepLevel = (headingLevel + 1) as HeadingLevel
  return (
    <section
      aria-labelledby={titleId}
      className="not-prose my-8 space-y-4 rounded-xl border border-line-strong bg-bg p-4 sm:p-6"
      data-print="hide"
    >
      <Heading level={headingLevel} id={titleId} className="text-xl font-bold text-text">
        {embedTitle(state)}
      </Heading>
      <Island network={network} idPrefix={idPrefix} headingLevel={stepLevel}>
        <WalkthroughView state={state} mode="embed" idPrefix={idPrefix} headingLevel={stepLevel} />
      </Island>
    </section>
  )
}
