import type { DiagramModel } from '../diagram-model'
import { dvtCluster } from './dvt-cluster'
import { liquidStakingFlow } from './liquid-staking-flow'
import { mevSupplyChain } from './mev-supply-chain'
import { restakingStack } from './restaking-stack'
import { stakeSteps } from './stake-steps'
import { validatorLifecycle } from './validator-lifecycle'
import { whoHoldsTheKeys } from './who-holds-the-keys'

/** Every diagram an article can place with `<Diagram id="…" />`. */
export const DIAGRAMS = {
  'validator-lifecycle': validatorLifecycle,
  'stake-steps': stakeSteps,
  'who-holds-the-keys': whoHoldsTheKeys,
  'liquid-staking-flow': liquidStakingFlow,
  'mev-supply-chain': mevSupplyChain,
  'restaking-stack': restakingStack,
  'dvt-cluster': dvtCluster,
} as const satisfies Record<string, DiagramModel>

export type DiagramId = keyof typeof DIAGRAMS

export const DIAGRAM_IDS = Object.keys(DIAGRAMS) as [DiagramId, ...DiagramId[]]

export function isDiagramId(id: string): id is DiagramId {
  return Object.hasOwn(DIAGRAMS, id)
}
