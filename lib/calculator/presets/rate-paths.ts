import { cosmosRatePath } from '../networks/cosmos'
import { ethereumRatePath } from '../networks/ethereum'
import { solanaRatePath } from '../networks/solana'
import type { RatePath } from '../rate-path'
import { COSMOS_PROFILE } from './cosmos'
import { ETHEREUM_PROFILE } from './ethereum'
import { SOLANA_PROFILE } from './solana'
import type { NetworkId } from './types'

export type NetworkRatePathOptions = {
  days: number
  /** Ethereum: yearly change of total ETH staked (default: the profile's assumption, 0). */
  growthEthPerYear?: number
}

/** Which assumption a network's rate path holds, as ids for the UI to put into words. */
export type RatePathAssumption =
  | { network: 'ethereum'; totalStakedEth: number; growthEthPerYear: number }
  | { network: 'solana'; startEpoch: number; stakedFraction: number; epochDays: number }
  | { network: 'cosmos'; bondedRatio: number; goalBonded: number; inflationMin: number; inflationMax: number }

/**
 * The network's gross APR over time from its profile's dated figures: Ethereum's APR from total ETH staked
 * (held, or changing by a stated amount a year), Solana's taper from the reference epoch with the staked
 * share held, and Cosmos Hub inflation stepping toward its bounds with the bonded ratio held.
 */
export function networkRatePath(
  network: NetworkId,
  options: NetworkRatePathOptions,
): { path: RatePath; assumption: RatePathAssumption } {
  if (network === 'ethereum') {
    const totalStakedEth = ETHEREUM_PROFILE.rewardModel.totalStakedEth.value
    const growthEthPerYear =
      options.growthEthPerYear ?? ETHEREUM_PROFILE.rewardModel.stakeGrowthEthPerYear.value
    return {
      path: ethereumRatePath({ totalStakedEth, growthEthPerYear, days: options.days }),
      assumption: { network, totalStakedEth, growthEthPerYear },
    }
  }
  if (network === 'solana') {
    const m = SOLANA_PROFILE.rewardModel
    const assumption = {
      network,
      startEpoch: m.referenceEpoch.value,
      stakedFraction: m.stakedFraction.value,
      epochDays: SOLANA_PROFILE.liquidity.epochDays.value,
    } as const
    return { path: solanaRatePath({ ...assumption, days: options.days }), assumption }
  }
  const m = COSMOS_PROFILE.rewardModel
  const params = {
    inflation: m.inflation.value,
    bondedRatio: m.bondedRatio.value,
    communityTax: m.communityTax.value,
    goalBonded: m.goalBonded.value,
    inflationRateChange: m.inflationRateChange.value,
    inflationMin: m.inflationMin.value,
    inflationMax: m.inflationMax.value,
  }
  return {
    path: cosmosRatePath({ ...params, days: options.days }),
    assumption: {
      network: 'cosmos',
      bondedRatio: params.bondedRatio,
      goalBonded: params.goalBonded,
      inflationMin: params.inflationMin,
      inflationMax: params.inflationMax,
    },
  }
}
