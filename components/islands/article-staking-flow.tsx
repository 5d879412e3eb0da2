import type { StakingFlowProps } from '@/components/walkthrough/staking-flow'
import { StakingFlowSection } from '@/components/walkthrough/staking-flow-section'
import { StakingFlowWhenReached } from './article-islands.client'

/**
 * `<StakingFlow>` in an article: the same section, with an island whose code loads when the reader reaches it and
 * its first step a static part (`part` comes from lib/mdx/rehype-static-segments.mjs, not from the editor).
 */
export function ArticleStakingFlow(props: StakingFlowProps & { part?: string }) {
  return <StakingFlowSection {...props} island={StakingFlowWhenReached} />
}
