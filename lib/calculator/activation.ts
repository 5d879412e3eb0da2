import { CalculatorInputError } from './errors'
import type { LiquidityPhase } from './liquidity'
import { SOLANA_STAKE_RATE_SHARE } from './liquidity-phases'
import type { PhaseFacts } from './phase-facts'
import { ETHEREUM_EPOCHS_PER_DAY, ethereumActivationExitChurnEth } from './networks/ethereum'
import { NETWORK_PRESETS } from './presets/index'
import { SOURCES } from './presets/sources'
import type { NetworkId, Source, StakingMethod } from './presets/types'
import { requireNumber } from './validate'

export type ActivationInput = {
  network: NetworkId
  method: StakingMethod
  /** Tokens being staked (Ethereum: the deposit counts against the churn). Default: 32 ETH, 1 otherwise. */
  amount?: number
  /** Ethereum: ETH already waiting in the deposit queue (default: the profile's dated observed queue). */
  queueEth?: number
  /** Solana: share of the current epoch already elapsed, 0 … 1 (default 0: a whole epoch to wait). */
  epochProgress?: number
}

export type ActivationTimeline = {
  network: NetworkId
  method: StakingMethod
  phases: LiquidityPhase[]
  /** Days from signing until the stake earns rewards. */
  totalDays: number
}

type Draft = { facts: PhaseFacts; days: number; source: Source | null }

/** About ten minutes for a transaction to confirm. */
const TRANSACTION_DAYS = 10 / 1440

/**
 * Ethereum finality normally takes two epochs (a checkpoint is justified, then finalised by the next).
 * This is the usual case, not a protocol constant: without finality, deposits wait longer.
 */
const FINALITY_EPOCHS = 2

/**
 * A new Ethereum validator under Electra (`specs/electra/beacon-chain.md`):
 * 1. the deposit request waits until its block is finalised (`process_pending_deposits`), about 2 epochs;
 * 2. pending deposits are applied at most `get_activation_exit_churn_limit` (256 ETH) an epoch, so the
 *    queue ahead plus this deposit take ⌈(queue + amount) / churn⌉ epochs;
 * 3. the validator becomes eligible the next epoch, and that epoch must be finalised (1 + 2 epochs);
 * 4. it is activated at `compute_activation_exit_epoch`: 1 + MAX_SEED_LOOKAHEAD (5) epochs later.
 */
function ethereumSoloDrafts(amount: number, queueEth: number): Draft[] {
  const eth = NETWORK_PRESETS.ethereum
  const churn = ethereumActivationExitChurnEth(eth.rewardModel.totalStakedEth.value)
  const queueEpochs = Math.max(1, Math.ceil((queueEth + amount) / churn))
  const lookahead = 1 + eth.liquidity.maxSeedLookaheadEpochs.value
  const spec = SOURCES.ethElectraBeaconChain
  return [
    {
      facts: { id: 'deposit-finality', epochs: FINALITY_EPOCHS },
      days: FINALITY_EPOCHS / ETHEREUM_EPOCHS_PER_DAY,
      source: spec,
    },
    {
      facts: { id: 'deposit-queue', churnEth: churn, queueEth, epochs: queueEpochs },
      days: queueEpochs / ETHEREUM_EPOCHS_PER_DAY,
      source: spec,
    },
    {
      facts: { id: 'eligibility', epochs: 1 + FINALITY_EPOCHS },
      days: (1 + FINALITY_EPOCHS) / ETHEREUM_EPOCHS_PER_DAY,
      source: spec,
    },
    {
      facts: { id: 'activation', epochs: lookahead },
      days: lookahead / ETHEREUM_EPOCHS_PER_DAY,
      source: SOURCES.ethPhase0Preset,
    },
  ]
}

/** Solana stake program: a delegation activates (warms up) at the next epoch boundary. */
function solanaDrafts(epochProgress: number): Draft[] {
  const epochDays = NETWORK_PRESETS.solana.liquidity.epochDays.value
  return [
    {
      facts: { id: 'create-stake-account' },
      days: TRANSACTION_DAYS,
      source: SOURCES.solanaStakingDocs,
    },
    {
      facts: { id: 'warm-up', epochDays, rateShare: SOLANA_STAKE_RATE_SHARE },
      days: (1 - epochProgress) * epochDays,
      source: SOURCES.solanaClock,
    },
  ]
}

function immediateDraft(network: NetworkId, method: StakingMethod): Draft {
  if (network === 'cosmos' && method === 'delegated') {
    return {
      facts: { id: 'bonded' },
      days: TRANSACTION_DAYS,
      source: SOURCES.cosmosStakingSpec,
    }
  }
  const who = method === 'exchange' ? 'platform' : method === 'pooled' ? 'pool' : 'protocol'
  return {
    facts: { id: `deposit-${who}` },
    days: TRANSACTION_DAYS,
    source: null,
  }
}

/**
 * Time from signing until a stake earns, as phases (pure data, like `timeToLiquidity`). Solo Ethereum
 * follows the deposit and activation rules above; Solana delegations (solo, delegated) warm up until the
 * next epoch boundary; a Cosmos delegation bonds at once; pools, liquid staking and exchanges take the
 * deposit at once (their own timing is theirs: the phase has no protocol source). Throws
 * `CalculatorInputError` for a method the network does not offer.
 */
export function timeToActivation(input: ActivationInput): ActivationTimeline {
  const profile = NETWORK_PRESETS[input.network]
  if (profile === undefined) {
    throw new CalculatorInputError('network', 'Network must be ethereum, cosmos or solana')
  }
  if (!(profile.methods as readonly string[]).includes(input.method)) {
    throw new CalculatorInputError('method', `${profile.name} does not offer ${input.method} staking here`)
  }
  const amount = requireNumber('amount', input.amount ?? (input.network === 'ethereum' ? 32 : 1), {
    label: 'Amount',
    range: { min: 0, max: 1e12 },
    message: 'Amount must be a number from 0 to 1,000,000,000,000',
  })
  let drafts: Draft[]
  if (input.network === 'ethereum' && input.method === 'solo') {
    const defaultQueue = NETWORK_PRESETS.ethereum.liquidity.observedEntryQueueEth.value
    const queueEth = requireNumber('queueEth', input.queueEth ?? defaultQueue, {
      label: 'Queue',
      range: { min: 0, max: 1e12 },
      message: 'Queue must be a number from 0 to 1,000,000,000,000',
    })
    drafts = ethereumSoloDrafts(amount, queueEth)
  } else if (input.network === 'solana' && (input.method === 'solo' || input.method === 'delegated')) {
    const progress = requireNumber('epochProgress', input.epochProgress ?? 0, {
      label: 'Epoch progress',
      range: { min: 0, max: 1 },
      message: 'Epoch progress must be between 0 and 1',
    })
    drafts = solanaDrafts(progress)
  } else {
    drafts = [immediateDraft(input.network, input.method)]
  }
  let day = 0
  const phases = drafts.map((d): LiquidityPhase => {
    const phase = {
      id: d.facts.id,
      facts: d.facts,
      startDay: day,
      endDay: day + d.days,
      source: d.source,
    }
    day = phase.endDay
    return phase
  })
  return { network: input.network, method: input.method, phases, totalDays: day }
}
