import { CalculatorInputError } from '../errors'
import type { RatePath } from '../rate-path'
import { HORIZON_DAYS_RULE, requireNumber } from '../validate'

/**
 * Ethereum consensus-layer constants (mainnet), from the consensus specs:
 * - `presets/mainnet/phase0.yaml`: BASE_REWARD_FACTOR 64, SLOTS_PER_EPOCH 32, MAX_SEED_LOOKAHEAD 4,
 *   EFFECTIVE_BALANCE_INCREMENT 10⁹ Gwei.
 * - `configs/mainnet.yaml`: SECONDS_PER_SLOT 12, MIN_VALIDATOR_WITHDRAWABILITY_DELAY 256 epochs,
 *   CHURN_LIMIT_QUOTIENT 65,536, MIN_PER_EPOCH_CHURN_LIMIT_ELECTRA 128 ETH,
 *   MAX_PER_EPOCH_ACTIVATION_EXIT_CHURN_LIMIT 256 ETH.
 * - `presets/mainnet/capella.yaml`: MAX_WITHDRAWALS_PER_PAYLOAD 16.
 * - `presets/mainnet/electra.yaml`: MIN_ACTIVATION_BALANCE 32 ETH.
 * https://github.com/ethereum/consensus-specs
 */
export const ETHEREUM = {
  BASE_REWARD_FACTOR: 64,
  SECONDS_PER_SLOT: 12,
  SLOTS_PER_EPOCH: 32,
  MAX_SEED_LOOKAHEAD: 4,
  MIN_VALIDATOR_WITHDRAWABILITY_DELAY: 256,
  CHURN_LIMIT_QUOTIENT: 65_536,
  MIN_PER_EPOCH_CHURN_LIMIT_ELECTRA_ETH: 128,
  MAX_PER_EPOCH_ACTIVATION_EXIT_CHURN_LIMIT_ETH: 256,
  MAX_WITHDRAWALS_PER_PAYLOAD: 16,
  MIN_ACTIVATION_BALANCE_ETH: 32,
  /** `presets/mainnet/electra.yaml` MAX_EFFECTIVE_BALANCE_ELECTRA: a 0x02 validator compounds up to this. */
  MAX_EFFECTIVE_BALANCE_ELECTRA_ETH: 2048,
  /** `presets/mainnet/phase0.yaml`: HYSTERESIS_QUOTIENT 4, HYSTERESIS_UPWARD_MULTIPLIER 5 (downward 1). */
  HYSTERESIS_QUOTIENT: 4,
  HYSTERESIS_UPWARD_MULTIPLIER: 5,
  HYSTERESIS_DOWNWARD_MULTIPLIER: 1,
  GWEI_PER_ETH: 1e9,
  /** The reward model's year, 365.25 days (the convention used by the ecosystem's issuance models). */
  DAYS_PER_YEAR: 365.25,
} as const

/** 12 s × 32 slots = 384 s = 6.4 minutes. */
export const ETHEREUM_EPOCH_SECONDS = ETHEREUM.SECONDS_PER_SLOT * ETHEREUM.SLOTS_PER_EPOCH

/** 365.25 × 86,400 / 384 = 82,181.25 epochs a year. */
export const ETHEREUM_EPOCHS_PER_YEAR = (ETHEREUM.DAYS_PER_YEAR * 86_400) / ETHEREUM_EPOCH_SECONDS

/** 86,400 / 384 = 225 epochs a day. */
export const ETHEREUM_EPOCHS_PER_DAY = 86_400 / ETHEREUM_EPOCH_SECONDS

function requireTotalStaked(totalStakedEth: number): number {
  return requireNumber('totalStakedEth', totalStakedEth, {
    label: 'Total ETH staked',
    range: { min: 0, max: 1e12 },
    minExclusive: true,
    message: 'Total ETH staked must be more than 0 (and at most 1,000,000,000,000)',
  })
}

/** `integer_squareroot` of the spec: ⌊√n⌋ exactly, by Newton's method on integers. */
export function integerSquareRoot(n: bigint): bigint {
  if (n < 2n) return n
  let x = n
  let y = (x + 1n) / 2n
  while (y < x) {
    x = y
    y = (x + n / x) / 2n
  }
  return x
}

/**
 * `get_base_reward_per_increment` (Altair, `specs/altair/beacon-chain.md`): EFFECTIVE_BALANCE_INCREMENT ·
 * BASE_REWARD_FACTOR // integer_squareroot(total active balance in Gwei), whole Gwei per epoch per ETH of
 * effective balance. e.g. S = 34.56 M ETH: ⌊√(3.456 · 10¹⁶)⌋ = 185,903,200; 64 · 10⁹ // 185,903,200 = 344.
 */
export function ethereumBaseRewardPerIncrementGwei(totalStakedEth: number): number {
  const staked = requireTotalStaked(totalStakedEth)
  const totalGwei = BigInt(Math.round(staked * ETHEREUM.GWEI_PER_ETH))
  const root = integerSquareRoot(totalGwei)
  if (root === 0n) return ETHEREUM.BASE_REWARD_FACTOR * ETHEREUM.GWEI_PER_ETH
  return Number(BigInt(ETHEREUM.GWEI_PER_ETH * ETHEREUM.BASE_REWARD_FACTOR) / root)
}

/**
 * Ideal consensus-layer APR of a perfectly performing validator (every duty done, no MEV or execution
 * fees), per 365-day year, the engine's year. A perfect validator earns the full weight (source 14 + target
 * 26 + head 14 + sync 2 + proposer 8 = WEIGHT_DENOMINATOR 64) of the base reward per increment on average
 * (`specs/altair/beacon-chain.md`), which is floored to whole Gwei (`ethereumBaseRewardPerIncrementGwei`):
 *
 *   APR = base reward per increment (Gwei) · 225 epochs a day · 365 / 10⁹
 *
 * e.g. S = 34.56 M ETH → 344 · 225 · 365 / 10⁹ = 2.8251 %. (The unfloored, 365.25-day figure, 2.8292 %,
 * overstated a 365-day year's rewards by 0.004 points.)
 */
export function ethereumConsensusApr(totalStakedEth: number): number {
  const perEpoch = ethereumBaseRewardPerIncrementGwei(totalStakedEth)
  return (perEpoch * ETHEREUM_EPOCHS_PER_DAY * 365) / ETHEREUM.GWEI_PER_ETH
}

export type EthereumRatePathInput = {
  /** Total ETH staked at the start. */
  totalStakedEth: number
  /** Change of total ETH staked each year, in ETH (default 0: held). It may be negative. */
  growthEthPerYear?: number
  /** Days the path must cover. */
  days: number
}

/**
 * The consensus APR over time when total ETH staked changes linearly by `growthEthPerYear`: one step per
 * month (365/12 days), each at `ethereumConsensusApr` of the total in the middle of the month. Held at 0
 * growth, every step is the same and the path equals the constant APR exactly.
 */
export function ethereumRatePath(input: EthereumRatePathInput): RatePath {
  const staked = requireTotalStaked(input.totalStakedEth)
  const growth = requireNumber('growthEthPerYear', input.growthEthPerYear ?? 0, {
    label: 'Yearly change of ETH staked',
    range: { min: -1e9, max: 1e9 },
    message: 'Yearly change of ETH staked must be between −1,000,000,000 and 1,000,000,000 ETH',
  })
  const days = requireNumber('days', input.days, HORIZON_DAYS_RULE)
  const stepDays = 365 / 12
  if (growth === 0) return { kind: 'schedule', stepDays, aprs: [ethereumConsensusApr(staked)] }
  const steps = Math.max(1, Math.ceil(days / stepDays))
  const aprs = Array.from({ length: steps }, (_, i) => {
    const total = staked + growth * ((i + 0.5) / 12)
    if (total < ETHEREUM.MIN_ACTIVATION_BALANCE_ETH) {
      throw new CalculatorInputError(
        'growthEthPerYear',
        'Total ETH staked would fall below one validator within the horizon; choose a smaller decrease',
      )
    }
    return ethereumConsensusApr(total)
  })
  return { kind: 'schedule', stepDays, aprs }
}

/**
 * Ideal annual consensus-layer issuance in ETH over a 365.25-day year, unfloored:
 * 64 · 82,181.25 / √10⁹ · √S ≈ 166.3 · √S. e.g. S = 34.56 M ETH → ≈ 977,800 ETH a year.
 */
export function ethereumAnnualIssuance(totalStakedEth: number): number {
  const staked = requireTotalStaked(totalStakedEth)
  return (
    ((ETHEREUM.BASE_REWARD_FACTOR * ETHEREUM_EPOCHS_PER_YEAR) / Math.sqrt(ETHEREUM.GWEI_PER_ETH)) *
    Math.sqrt(staked)
  )
}

/**
 * ETH that may enter or leave the validator set per epoch since Electra:
 * `get_activation_exit_churn_limit` = min(MAX_PER_EPOCH_ACTIVATION_EXIT_CHURN_LIMIT,
 * `get_balance_churn_limit`), where the balance churn is max(MIN_PER_EPOCH_CHURN_LIMIT_ELECTRA,
 * total active balance / CHURN_LIMIT_QUOTIENT), rounded down to whole ETH
 * (`specs/electra/beacon-chain.md`). With more than 16.8 M ETH staked this is 256 ETH an epoch.
 */
export function ethereumActivationExitChurnEth(totalStakedEth: number): number {
  const staked = requireTotalStaked(totalStakedEth)
  const balanceChurn = Math.max(
    ETHEREUM.MIN_PER_EPOCH_CHURN_LIMIT_ELECTRA_ETH,
    Math.floor(staked / ETHEREUM.CHURN_LIMIT_QUOTIENT),
  )
  return Math.min(ETHEREUM.MAX_PER_EPOCH_ACTIVATION_EXIT_CHURN_LIMIT_ETH, balanceChurn)
}
