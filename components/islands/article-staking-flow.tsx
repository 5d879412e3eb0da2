import type { StakingFlowProps } from '@/components/walkthrough/staking-flow'
import { StakingFlowSection } from '@/components/walkthrough/staking-flow-section'
import { StakingFlowWhenReached } from './article-islands.client'

/** `<StakingFlow>` in an article: the same section, with an island whose code loads when the reader reaches it. */
export function ArticleStakingFlow(props: StakingFlowProps) {
  return <StakingFlowSection {...props} island={StakingFlowWhenReached} />
}
