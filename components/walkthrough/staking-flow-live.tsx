import type { NetworkId } from '@/lib/calculator'
import type { HeadingLevel } from './types'
import { useStakingFlow } from './use-staking-flow'
import { WalkthroughView, stepHeadingId } from './walkthrough-view'

export type StakingFlowLiveProps = {
  /** The URL of the state to start from (what the reader just clicked). */
  startHref: string
  network: NetworkId
  idPrefix: string
  headingLevel: HeadingLevel
}

/**
 * The embedded walkthrough once the reader interacts: the same view as /walkthrough, rendered in the
 * browser from local state. Loaded on demand by `staking-flow.client.tsx`, so articles ship it only to
 * readers who use it.
 */
export function StakingFlowLive({ startHref, network, idPrefix, headingLevel }: StakingFlowLiveProps) {
  const { state, container, onClickCapture, onSubmit } = useStakingFlow(
    startHref,
    network,
    stepHeadingId(idPrefix),
  )
  return (
    <div ref={container} onClickCapture={onClickCapture} onSubmit={onSubmit}>
      <WalkthroughView state={state} mode="embed" idPrefix={idPrefix} headingLevel={headingLevel} />
    </div>
  )
}
