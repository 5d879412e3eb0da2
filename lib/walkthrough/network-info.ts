import {
  NETWORK_PRESETS,
  timeToActivation,
  timeToLiquidity,
  type Figure,
  type NetworkId,
  type StakingMethod,
} from '@/lib/calculator'
import { networkApr } from './ledger'
import { METHOD_IDS } from './types'

/** The sourced inputs behind a network's modelled APR, keyed for the UI's labels. */
export type AprBasis = {
  key: 'totalStakedEth' | 'inflation' | 'bondedRatio' | 'communityTax' | 'stakedFraction'
  figure: Figure
}[]

export function aprBasis(network: NetworkId): AprBasis {
  if (network === 'ethereum')
    return [{ key: 'totalStakedEth', figure: NETWORK_PRESETS.ethereum.rewardModel.totalStakedEth }]
  if (network === 'cosmos') {
    const m = NETWORK_PRESETS.cosmos.rewardModel
    return [
      { key: 'inflation', figure: m.inflation },
      { key: 'bondedRatio', figure: m.bondedRatio },
      { key: 'communityTax', figure: m.communityTax },
    ]
  }
  const m = NETWORK_PRESETS.solana.rewardModel
  return [
    { key: 'inflation', figure: m.inflation },
    { key: 'stakedFraction', figure: m.stakedFraction },
  ]
}

export type MethodFacts = {
  method: StakingMethod
  minimum: Figure | undefined
  fee: Figure | undefined
  activationDays: number
  /** The protocol's own exit (for liquid staking: redeeming through the protocol). */
  exitDays: number
  /** Liquid staking only: selling the token instead. */
  swapDays: number | null
}

/** Facts for each method a network offers, all from the engine's presets and timelines. */
export function methodFacts(network: NetworkId): MethodFacts[] {
  const profile = NETWORK_PRESETS[network]
  return (profile.methods as readonly StakingMethod[]).map((method) => ({
    method,
    minimum: profile.minimumStake[method],
    fee: profile.typicalFee[method],
    activationDays: timeToActivation({ network, method }).totalDays,
    exitDays: timeToLiquidity({ network, method, liquidExit: 'redeem' }).totalDays,
    swapDays: method === 'liquid' ? timeToLiquidity({ network, method, liquidExit: 'swap' }).totalDays : null,
  }))
}

/** Methods the network does not offer in this guide. */
export function methodsNotOffered(network: NetworkId): StakingMethod[] {
  const offered = NETWORK_PRESETS[network].methods as readonly StakingMethod[]
  return METHOD_IDS.filter((m) => !offered.includes(m))
}

export { networkApr }
