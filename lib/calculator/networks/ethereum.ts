import { requireNumber } from '../validate'

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

/**
 * Ideal consensus-layer APR of a perfectly performing validator (every duty done, no MEV or execution
 * fees). Since Altair, `get_base_reward_per_increment` = EFFECTIVE_BALANCE_INCREMENT · BASE_REWARD_FACTOR
 * / √(total active balance in Gwei) per epoch, and a perfect validator earns the full weight (source 14 +
 * target 26 + head 14 + sync 2 + proposer 8 = WEIGHT_DENOMINATOR 64) of it on average
 * (`specs/altair/beacon-chain.md`, ethereum/consensus-specs). Per ETH per year:
 *
 *   APR = BASE_REWARD_FACTOR · EPOCHS_PER_YEAR / √(totalStakedEth · 10⁹) = 64 · 82,181.25 / √(S · 10⁹)
 *
 * e.g. S = 34.56 M ETH → 5,259,600 / 185,903,200 ≈ 2.83 %.
 */
export function ethereumConsensusApr(totalStakedEth: number): number {
  const staked = requireTotalStaked(totalStakedEth)
  return (
    (ETHEREUM.BASE_REWARD_FACTOR * ETHEREUM_EPOCHS_PER_YEAR) /
    (Math.sqrt(staked) * Math.sqrt(ETHEREUM.GWEI_PER_ETH))
  )
}

/**
 * Ideal annual consensus-layer issuance in ETH: APR · S = 64 · 82,181.25 / √10⁹ · √S ≈ 166.3 · √S
 * (same source as `ethereumConsensusApr`). e.g. S = 34.56 M ETH → ≈ 977,800 ETH a year.
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
