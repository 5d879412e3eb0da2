import { ethereumActivationExitChurnEth } from './networks/ethereum'
import { COSMOS_PROFILE } from './presets/cosmos'
import { ETHEREUM_PROFILE } from './presets/ethereum'
import { SOURCES } from './presets/sources'
import { SOLANA_PROFILE } from './presets/solana'
import type { Source } from './presets/types'

/** A phase before it is placed on the timeline: its length in days. */
export type PhaseDraft = {
  id: string
  label: string
  description: string
  days: number
  /** `null` when the timing is an illustrative assumption rather than a protocol rule. */
  source: Source | null
}

/** About ten minutes for a swap or a withdrawal transaction to confirm. */
const TRANSACTION_DAYS = 10 / 1440

export function swapPhase(symbol: string): PhaseDraft {
  return {
    id: 'market-swap',
    label: 'Swap the liquid staking token',
    description: `Sell the token for ${symbol} on a market. It settles in minutes, but the price can sit below the ${symbol} it represents (a discount), and large trades move the price.`,
    days: TRANSACTION_DAYS,
    source: null,
  }
}

export type EthereumExitOptions = {
  amount: number
  queueEth: number
  totalStakedEth: number
  validatorCount: number
}

/**
 * Ethereum exit to usable ETH (Electra rules, `specs/electra/beacon-chain.md`):
 * 1. the exit epoch is at least current + 1 + MAX_SEED_LOOKAHEAD (5 epochs, `compute_activation_exit_epoch`);
 * 2. `compute_exit_epoch_and_update_churn` then spends the exit churn (256 ETH an epoch) on everything queued
 *    ahead plus this exit's own balance: ⌈(queue + amount) / churn⌉ − 1 more epochs;
 * 3. `withdrawable_epoch` = exit epoch + MIN_VALIDATOR_WITHDRAWABILITY_DELAY (256 epochs ≈ 27.3 h);
 * 4. the withdrawal sweep (`get_expected_withdrawals`, Capella) pays 16 withdrawals a block in validator
 *    order; a full cycle is validators / (16 · 7,200 blocks a day), the worst case used here.
 */
export function ethereumExitPhases(options: EthereumExitOptions): PhaseDraft[] {
  const l = ETHEREUM_PROFILE.liquidity
  const epochsPerDay = 86_400 / l.epochSeconds.value
  const churn = ethereumActivationExitChurnEth(options.totalStakedEth)
  const queueEpochs = Math.max(0, Math.ceil((options.queueEth + options.amount) / churn) - 1)
  const slotsPerDay = 86_400 / 12
  const sweepDays = options.validatorCount / (l.withdrawalsPerPayload.value * slotsPerDay)
  return [
    {
      id: 'exit-request',
      label: 'Exit request takes effect',
      description: `A voluntary exit is scheduled at least ${1 + l.maxSeedLookaheadEpochs.value} epochs (about 32 minutes) ahead.`,
      days: (1 + l.maxSeedLookaheadEpochs.value) / epochsPerDay,
      source: SOURCES.ethPhase0Preset,
    },
    {
      id: 'exit-queue',
      label: 'Wait in the exit queue',
      description: `At most ${churn} ETH can leave per 6.4-minute epoch. With ${options.queueEth.toLocaleString('en-US')} ETH queued ahead, this exit waits ${queueEpochs} epochs.`,
      days: queueEpochs / epochsPerDay,
      source: SOURCES.ethMainnetConfig,
    },
    {
      id: 'withdrawability-delay',
      label: 'Withdrawability delay',
      description: `After exiting, the balance stays locked for ${l.withdrawabilityDelayEpochs.value} epochs (about 27 hours).`,
      days: l.withdrawabilityDelayEpochs.value / epochsPerDay,
      source: SOURCES.ethMainnetConfig,
    },
    {
      id: 'withdrawal-sweep',
      label: 'Withdrawal sweep pays out',
      description: `Blocks pay ${l.withdrawalsPerPayload.value} withdrawals each, visiting validators in turn; with ${options.validatorCount.toLocaleString('en-US')} validators a full cycle takes about ${sweepDays.toFixed(1)} days (the worst case shown; on average about half).`,
      days: sweepDays,
      source: SOURCES.ethCapellaPreset,
    },
  ]
}

/** Cosmos SDK x/staking: undelegated tokens are released after UnbondingTime (21 days on the Hub). */
export function cosmosUnbondingPhases(): PhaseDraft[] {
  const days = COSMOS_PROFILE.liquidity.unbondingDays.value
  return [
    {
      id: 'unbonding',
      label: 'Unbonding period',
      description: `Undelegated ATOM earn nothing and cannot move for ${days} days, and can still be slashed for earlier faults; they return to the wallet automatically at the end.`,
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
      id: 'epoch-boundary',
      label: 'Deactivate and wait for the epoch to end',
      description: `Deactivation takes effect at the next epoch boundary; an epoch lasts about ${epochDays} days, so this is up to one epoch.`,
      days: (1 - options.epochProgress) * epochDays,
      source: SOURCES.solanaClock,
    },
  ]
  if (options.cooldownEpochs > 0) {
    phases.push({
      id: 'cooldown',
      label: 'Network-wide cooldown',
      description:
        'When much stake is leaving at once, at most 9% of all stake deactivates per epoch; the rest waits.',
      days: options.cooldownEpochs * epochDays,
      source: SOURCES.solanaInflationCode,
    })
  }
  phases.push({
    id: 'withdraw',
    label: 'Withdraw to the wallet',
    description: 'Inactive stake is withdrawn from the stake account with one transaction.',
    days: TRANSACTION_DAYS,
    source: SOURCES.solanaClock,
  })
  return phases
}
