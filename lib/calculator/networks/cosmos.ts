import { CalculatorInputError } from '../errors'
import { RANGES } from '../ranges'
import type { RatePath } from '../rate-path'
import { HORIZON_DAYS_RULE, fractionRule, positiveShareRule, requireNumber } from '../validate'

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
  const bondedRatio = requireNumber('bondedRatio', input.bondedRatio, positiveShareRule('Bonded ratio'))
  const communityTax = requireNumber('communityTax', input.communityTax, fractionRule('Community tax'))
  const commission = requireNumber('commission', input.commission, fractionRule('Commission'))
  return ((inflation * (1 - communityTax)) / bondedRatio) * (1 - commission)
}

export type CosmosRatePathInput = {
  /** x/mint's current annual inflation. */
  inflation: number
  /** Bonded share of supply, held for the whole horizon, in (0, 1]. */
  bondedRatio: number
  communityTax: number
  /** x/mint params: GoalBonded, InflationRateChange, InflationMin, InflationMax. */
  goalBonded: number
  inflationRateChange: number
  inflationMin: number
  inflationMax: number
  /** Days the path must cover. */
  days: number
}

/**
 * Inflation stepping toward its bounds (x/mint `NextInflationRate`, cosmos/cosmos-sdk
 * `x/mint/types/minter.go`): every block inflation moves by (1 − bondedRatio / GoalBonded) ·
 * InflationRateChange / BlocksPerYear and is clamped to [InflationMin, InflationMax]. With the bonded
 * ratio held, that is a straight line of (1 − b/g) · change a year until a bound, then flat. One step a
 * day, each at the inflation of that day's start; gross APR = inflation · (1 − communityTax) / bondedRatio.
 * e.g. 63.8 % bonded against a 67 % goal: +4.78 points a year, so a chain already at its 10 % cap stays
 * there.
 */
export function cosmosRatePath(input: CosmosRatePathInput): RatePath {
  const fraction = (field: keyof CosmosRatePathInput, label: string) =>
    requireNumber(field, input[field], fractionRule(label))
  const inflationMin = fraction('inflationMin', 'Minimum inflation')
  const inflationMax = fraction('inflationMax', 'Maximum inflation')
  if (inflationMin > inflationMax) {
    throw new CalculatorInputError('inflationMin', 'Minimum inflation must not be above maximum inflation')
  }
  const goal = requireNumber('goalBonded', input.goalBonded, positiveShareRule('Goal bonded'))
  const change = requireNumber('inflationRateChange', input.inflationRateChange, {
    label: 'Inflation rate change',
    range: { min: 0, max: 10 },
    message: 'Inflation rate change must be between 0% and 1,000% a year',
  })
  const days = requireNumber('days', input.days, HORIZON_DAYS_RULE)
  // Validates inflation, bonded ratio and tax, and gives the APR per unit of inflation.
  cosmosStakingApr({ ...input, commission: 0 })
  const keep = 1 - input.communityTax
  // The same expression as cosmosStakingApr, so a path held at a bound equals the constant APR exactly.
  const aprAt = (inflation: number) => (inflation * keep) / input.bondedRatio
  const perDay = ((1 - input.bondedRatio / goal) * change) / 365
  const clamp = (x: number) => Math.min(inflationMax, Math.max(inflationMin, x))
  const steps = Math.max(1, Math.ceil(days))
  const aprs: number[] = []
  for (let day = 0; day < steps; day += 1) {
    const inflation = clamp(input.inflation + perDay * day)
    aprs.push(aprAt(inflation))
    // At a bound it moves toward stays there: the schedule's last rate holds for the rest.
    if ((perDay >= 0 && inflation === inflationMax) || (perDay <= 0 && inflation === inflationMin)) break
  }
  return { kind: 'schedule', stepDays: 1, aprs }
}
