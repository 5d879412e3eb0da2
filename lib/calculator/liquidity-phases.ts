import { ethereumActivationExitChurnEth } from './networks/ethereum'
import { COSMOS_PROFILE } from './presets/cosmos'
import { ETHEREUM_PROFILE } from './presets/ethereum'
import { SOURCES } from './presets/sources'
import { SOLANA_PROFILE } from './presets/solana'
import type { PhaseFacts } from './phase-facts'
import type { Source } from './presets/types'

/**
 * Every phase an activation or liquidity timeline can have. The engine returns these ids and numbers; the
 * UI words them (`lib/i18n/en-liquidity.ts`). `forced-exit` is the walkthrough's slashed-validator exit.
 */
export const LIQUIDITY_PHASE_IDS = [
  'deposit-finality',
  'deposit-queue',
  'eligibility',
  'activation',
  'create-stake-account',
  'warm-up',
  'bonded',
  'deposit-protocol',
  'deposit-pool',
  'deposit-platform',
  'market-swap',
  'exit-request',
  'exit-queue',
  'withdrawability-delay',
  'withdrawal-sweep',
  'unbonding',
  'epoch-boundary',
  'cooldown',
  'withdraw',
  'withdrawal-request',
  'pending-partial-payout',
  'protocol-redemption',
  'redeem-request',
  'platform-request',
  'forced-exit',
] as const
export type LiquidityPhaseId = (typeof LIQUIDITY_PHASE_IDS)[number]

/** Every phase id has its facts, and every facts' id is a phase id (checked by the compiler). */
type SameIds<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never
export const PHASE_FACTS_COVER_IDS: SameIds<PhaseFacts['id'], LiquidityPhaseId> = true

/** Solana's warm-up and cool-down limit: at most 9 % of all stake (de)activates an epoch (agave stake state). */
export const SOLANA_STAKE_RATE_SHARE = 0.09

/** A phase before it is placed on the timeline: what it is (ids and numbers) and its length in days. */
export type PhaseDraft = {
  facts: PhaseFacts
  /** Expected length in days. */
  days: number
  /** Worst case, when it differs from the expected length (the withdrawal sweep, a protocol's batching). */
  worstDays?: number
  /** `null` when the timing is an illustrative assumption rather than a protocol rule. */
  source: Source | null
}

/** About ten minutes for a swap or a withdrawal transaction to confirm. */
const TRANSACTION_DAYS = 10 / 1440

export function swapPhase(symbol: string): PhaseDraft {
  return {
    facts: { id: 'market-swap', symbol },
    days: TRANSACTION_DAYS,
    source: null,
  }
}

export type EthereumExitOptions = {
  amount: number
  queueEth: number
  totalStakedEth: number
  validatorCount: number
  /** Share of validators the sweep finds with something to withdraw, (0, 1] (default 1). */
  withdrawableShare?: number
}

/**
 * Days for the withdrawal sweep to reach a validator (`get_expected_withdrawals`, capella and electra):
 * each block the sweep visits validators in index order until it has found its withdrawals or looked at
 * MAX_VALIDATORS_PER_WITHDRAWALS_SWEEP (16,384) of them. A full cycle is validators / visited-per-block
 * blocks at 7,200 blocks a day. Expected: half a cycle with all 16 withdrawals for the sweep. Worst: a whole
 * cycle while pending partial withdrawals (EIP-7002 requests) take their maximum 8 of the 16
 * (MAX_PENDING_PARTIALS_PER_WITHDRAWALS_SWEEP), leaving 8 for the sweep.
 */
export function withdrawalSweepDays(validatorCount: number, withdrawableShare = 1) {
  const l = ETHEREUM_PROFILE.liquidity
  const blocksPerDay = 86_400 / 12
  const perBlock = l.withdrawalsPerPayload.value
  const visited = (withdrawals: number) =>
    Math.min(l.maxValidatorsPerSweep.value, withdrawals / withdrawableShare)
  const cycle = (withdrawals: number) => validatorCount / (visited(withdrawals) * blocksPerDay)
  return {
    expectedDays: cycle(perBlock) / 2,
    worstDays: cycle(perBlock - l.maxPendingPartialsPerSweep.value),
  }
}

/**
 * Ethereum exit to usable ETH (Electra rules, `specs/electra/beacon-chain.md`):
 * 1. the exit epoch is at least current + 1 + MAX_SEED_LOOKAHEAD (5 epochs, `compute_activation_exit_epoch`);
 * 2. `compute_exit_epoch_and_update_churn` then spends the exit churn (256 ETH an epoch) on everything queued
 *    ahead plus this exit's own balance: ⌈(queue + amount) / churn⌉ − 1 more epochs;
 * 3. `withdrawable_epoch` = exit epoch + MIN_VALIDATOR_WITHDRAWABILITY_DELAY (256 epochs ≈ 27.3 h);
 * 4. the withdrawal sweep pays out (`withdrawalSweepDays`): about half a cycle expected, a whole cycle
 *    with pending partial withdrawals taking half of each block's withdrawals in the worst case.
 */
export function ethereumExitPhases(options: EthereumExitOptions): PhaseDraft[] {
  const l = ETHEREUM_PROFILE.liquidity
  const epochsPerDay = 86_400 / l.epochSeconds.value
  const churn = ethereumActivationExitChurnEth(options.totalStakedEth)
  const queueEpochs = Math.max(0, Math.ceil((options.queueEth + options.amount) / churn) - 1)
  const sweep = withdrawalSweepDays(options.validatorCount, options.withdrawableShare ?? 1)
  return [
    {
      facts: { id: 'exit-request', epochs: 1 + l.maxSeedLookaheadEpochs.value },
      days: (1 + l.maxSeedLookaheadEpochs.value) / epochsPerDay,
      source: SOURCES.ethPhase0Preset,
    },
    {
      facts: {
        id: 'exit-queue',
        churnEth: churn,
        queueEth: options.queueEth,
        epochs: queueEpochs,
        leaving: 'exit',
      },
      days: queueEpochs / epochsPerDay,
      source: SOURCES.ethMainnetConfig,
    },
    {
      facts: { id: 'withdrawability-delay', epochs: l.withdrawabilityDelayEpochs.value },
      days: l.withdrawabilityDelayEpochs.value / epochsPerDay,
      source: SOURCES.ethMainnetConfig,
    },
    {
      facts: {
        id: 'withdrawal-sweep',
        perPayload: l.withdrawalsPerPayload.value,
        validators: options.validatorCount,
        expectedDays: sweep.expectedDays,
        worstDays: sweep.worstDays,
      },
      days: sweep.expectedDays,
      worstDays: sweep.worstDays,
      source: SOURCES.ethCapellaBeaconChain,
    },
  ]
}

/** Cosmos SDK x/staking: undelegated tokens are released after UnbondingTime (21 days on the Hub). */
export function cosmosUnbondingPhases(): PhaseDraft[] {
  const days = COSMOS_PROFILE.liquidity.unbondingDays.value
  return [
    {
      facts: { id: 'unbonding', days, symbol: COSMOS_PROFILE.symbol },
      days,
      source: SOURCES.cosmosStakingParams,
    },
  ]
}

export type SolanaDeactivationOptions = { epochProgress: number; cooldownEpochs: number }

/**
 * Solana stake program: a deactivated stake stops at the end of the current epoch and can be withdrawn
 * once inactive; when less than the network-wide cooldown limit (9 % of stake per epoch) is deactivating,
 * that is the next epoch boundary (agave `stake_state` / `Delegation::stake_activating_and_deactivating`).
 */
export function solanaDeactivationPhases(options: SolanaDeactivationOptions): PhaseDraft[] {
  const epochDays = SOLANA_PROFILE.liquidity.epochDays.value
  const phases: PhaseDraft[] = [
    {
      facts: { id: 'epoch-boundary', epochDays },
      days: (1 - options.epochProgress) * epochDays,
      source: SOURCES.solanaClock,
    },
  ]
  if (options.cooldownEpochs > 0) {
    phases.push({
      facts: { id: 'cooldown', rateShare: SOLANA_STAKE_RATE_SHARE },
      days: options.cooldownEpochs * epochDays,
      source: SOURCES.solanaInflationCode,
    })
  }
  phases.push({
    facts: { id: 'withdraw' },
    days: TRANSACTION_DAYS,
    source: SOURCES.solanaClock,
  })
  return phases
}

/**
 * A partial withdrawal from a 0x02 validator through an EIP-7002 execution-layer request
 * (`process_withdrawal_request`, electra): the amount above 32 ETH leaves through the exit churn
 * (`compute_exit_epoch_and_update_churn`), becomes withdrawable MIN_VALIDATOR_WITHDRAWABILITY_DELAY epochs
 * later, and is then paid from the pending partial withdrawals queue, which each block serves before the
 * sweep (up to 8 a block), so there is no sweep wait. The validator keeps validating.
 */
export function ethereumPartialWithdrawalPhases(options: EthereumExitOptions): PhaseDraft[] {
  const [request, queue, delay] = ethereumExitPhases(options)
  const block = 12 / 86_400
  const queued = queue as PhaseDraft
  return [
    {
      facts: {
        id: 'withdrawal-request',
        epochs: 1 + ETHEREUM_PROFILE.liquidity.maxSeedLookaheadEpochs.value,
      },
      days: request?.days ?? 0,
      source: SOURCES.ethElectraBeaconChain,
    },
    {
      ...queued,
      facts: queued.facts.id === 'exit-queue' ? { ...queued.facts, leaving: 'amount' } : queued.facts,
    },
    delay as PhaseDraft,
    {
      facts: {
        id: 'pending-partial-payout',
        perBlock: ETHEREUM_PROFILE.liquidity.maxPendingPartialsPerSweep.value,
      },
      days: block,
      source: SOURCES.ethElectraBeaconChain,
    },
  ]
}

/** Lido's own redemption: normally 1–5 days (its documentation), shown as the midpoint with 5 days at worst. */
export function liquidRedemptionPhase(): PhaseDraft {
  const { min, max } = ETHEREUM_PROFILE.liquidity.liquidRedemptionDays
  return {
    facts: { id: 'protocol-redemption', minDays: min.value, maxDays: max.value },
    days: (min.value + max.value) / 2,
    worstDays: max.value,
    source: min.source,
  }
}
