import { useId } from 'react'
import type { NetworkId } from '@/lib/calculator'
import { initialState } from '@/lib/walkthrough/machine'
import { StakingFlowWhenReached } from '@/components/islands/article-islands.client'
import type { HeadingLevel } from './types'
import { Heading } from './ui'
import { WalkthroughView, embedTitle } from './walkthrough-view'

export type StakingFlowProps = {
  /** The network the walkthrough starts on: `ethereum`, `cosmos` or `solana`. */
  network: NetworkId
  /** Level of the embed's title (default 3, for an embed inside a `##` section). */
  headingLevel?: 2 | 3 | 4
}

/**
 * The staking walkthrough inside an article, starting on a network. Several can sit on one page: each
 * keeps its own state and leaves the article's URL alone; its "open in the full walkthrough" link carries
 * the state to /walkthrough. Renders the first step on the server; the interactive part loads when used.
 *
 * ```mdx
 * <StakingFlow network="cosmos" />
 * ```
 */
export function StakingFlow({ network, headingLevel = 3 }: StakingFlowProps) {
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
      <StakingFlowWhenReached network={network} idPrefix={idPrefix} headingLevel={stepLevel}>
        <WalkthroughView state={state} mode="embed" idPrefix={idPrefix} headingLevel={stepLevel} />
      </StakingFlowWhenReached>
    </section>
  )
}
