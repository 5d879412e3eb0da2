import { useId, type ComponentType } from 'react'
import { StaticPart } from '@/components/static/static-part'
import { initialState } from '@/lib/walkthrough/machine'
import type { StakingFlowProps } from './staking-flow'
import type { StakingFlowIslandProps } from './staking-flow.client'
import type { HeadingLevel } from './types'
import { Heading } from './ui'
import { WalkthroughView, embedTitle } from './walkthrough-view'

export type StakingFlowSectionProps = StakingFlowProps & {
  island: ComponentType<StakingFlowIslandProps>
  /**
   * In an article: the static part that holds the first step (`<slug>.flow-<n>`, given by
   * lib/mdx/rehype-static-segments.mjs). The step is then sent once, as HTML, and not again in the RSC payload
   * (16.6 KB raw on how-staking-works), and its ids derive from the part's name, the same in the article and in
   * the build's source route (React's `useId` would differ between the two).
   */
  part?: string
}

/**
 * `<StakingFlow>` with the island that makes it interactive given by the caller: articles pass one whose code
 * loads when the reader reaches it (components/islands/article-staking-flow.tsx). In its own file, which imports
 * no island, so that a route bundles only the island it passes.
 */
export function StakingFlowSection({
  network,
  headingLevel = 3,
  island: Island,
  part,
}: StakingFlowSectionProps) {
  const generated = useId().replace(/[^a-zA-Z0-9_-]/g, '')
  const idPrefix = `sf-${part === undefined ? generated : part.slice(part.lastIndexOf('.') + 1)}`
  const state = initialState(network)
  const titleId = `${idPrefix}-title`
  const stepLevel = (headingLevel + 1) as HeadingLevel
  const firstStep = (
    <WalkthroughView state={state} mode="embed" idPrefix={idPrefix} headingLevel={stepLevel} />
  )
  return (
    // Not a render-when-near block (app/globals.css): its forms would make the browser lay it out anyway.
    <section
      aria-labelledby={titleId}
      className="not-prose my-8 space-y-4 rounded-xl border border-line-strong bg-bg p-4 sm:p-6"
      data-print="hide"
    >
      <Heading level={headingLevel} id={titleId} className="text-xl font-bold text-text">
        {embedTitle(state)}
      </Heading>
      <Island network={network} idPrefix={idPrefix} headingLevel={stepLevel}>
        {part === undefined ? firstStep : <StaticPart id={part}>{firstStep}</StaticPart>}
      </Island>
    </section>
  )
}
