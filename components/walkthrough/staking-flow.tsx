import type { NetworkId } from '@/lib/calculator'
import { StakingFlowSection } from './staking-flow-section'
import { StakingFlowIsland } from './staking-flow.client'

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
export function StakingFlow(props: StakingFlowProps) {
  return <StakingFlowSection {...props} island={StakingFlowIsland} />
}
