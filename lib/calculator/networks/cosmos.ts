import { RANGES } from '../ranges'
import { fractionRule, requireNumber } from '../validate'

export type CosmosAprInput = {
  /** Annual inflation from x/mint, e.g. 0.10. */
  inflation: number
  /** Bonded tokens / total supply, in (0, 1]. */
  bondedRatio: number
  /** x/distribution `community_tax`, in [0, 1]. */
  communityTax: number
  /** The validator's commission, in [0, 1]. */
  commission: number
}

/**
 * Delegator staking APR on a Cosmos SDK chain:
 *
 *   APR = inflation · (1 − communityTax) / bondedRatio · (1 − commission)
 *
 * x/mint mints `AnnualProvisions = Inflation · TotalSupply` a year (cosmos/cosmos-sdk `x/mint/README.md`,
 * `x/mint/types/minter.go` NextAnnualProvisions) into the fee collector; x/distribution first sends
 * `community_tax` of it to the community pool, then pays the rest to bonded validators in proportion to
 * stake, and each validator keeps its commission before delegators are paid (`x/distribution/README.md`,
 * "The Distribution Scheme"). Spread over bonded stake (bondedRatio · supply) this gives the formula.
 * Transaction fees and proposer bonuses are ignored.
 */
export function cosmosStakingApr(input: CosmosAprInput): number {
  const inflation = requireNumber('inflation', input.inflation, {
    label: 'Inflation',
    range: RANGES.inflation,
    message: 'Inflation must be between 0% and 1,000%',
  })
  const bondedRatio = requireNumber('bondedRatio', input.bondedRatio, {
    label: 'Bonded ratio',
    range: { min: 0, max: 1 },
    minExclusive: true,
    message: 'Bonded ratio must be more than 0% and at most 100%',
  })
  const communityTax = requireNumber('communityTax', input.communityTax, fractionRule('Community tax'))
  const commission = requireNumber('commission', input.commission, fractionRule('Commission'))
  return ((inflation * (1 - communityTax)) / bondedRatio) * (1 - commission)
}
