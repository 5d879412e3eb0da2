import { CalculatorInputError } from './errors'
import { DAYS_PER_YEAR } from './growth'
import {
  ETHEREUM_EPOCHS_PER_DAY,
  ETHEREUM,
  ethereumActivationExitChurnEth,
  ethereumConsensusApr,
} from './networks/ethereum'
import { NETWORK_PRESETS } from './presets/index'
import { COSMOS_PENALTIES, ETHEREUM_PENALTIES, SOLANA_PENALTIES } from './presets/penalties'
import type { NetworkId, Source } from './presets/types'
import { projectStake } from './project'
import type { StakeInput } from './types'
import { fractionRule, requireNumber } from './validate'

/** One line of a penalty: what it is, how much it took (tokens) and where the rule comes from. */
export type PenaltyPart = { id: string; label: string; amount: number; source: Source }

export type SlashingInput = {
  network: NetworkId
  /** Tokens staked through the slashed validators on your behalf (a solo validator: its 32 ETH). */
  stake: number
  /** Share of `stake` on the validators that were slashed, 0 … 1 (default 1: all of it). */
  exposure?: number
  /** Ethereum: gross consensus APR for the penalties while the validator waits to leave (default: preset). */
  apr?: number
  /**
   * Ethereum: share of all staked ETH slashed within the same 36-day window, 0 … 1, which sets the
   * correlation penalty (default: only this stake, an isolated incident).
   */
  correlatedShare?: number
  /** Ethereum: ETH already in the exit queue when the slashing happens (default 0). */
  exitQueueEth?: number
}

export type SlashingOutcome =
  | {
      supported: true
      network: NetworkId
      parts: PenaltyPart[]
      /** Tokens lost in all. */
      total: number
      /** total / stake. */
      fraction: number
      /** Ethereum: days until a slashed validator can be withdrawn (the forced exit). */
      forcedExitDays: number | null
      /** Cosmos: the validator is tombstoned and never validates again. */
      removedForGood: boolean
    }
  | { supported: false; network: NetworkId; reason: string; source: Source }

const tokens = (field: string, value: number) =>
  requireNumber(field, value, {
    label: field,
    range: { min: 0, max: 1e12 },
    message: `${field} must be a number from 0 to 1,000,000,000,000`,
  })

/**
 * Days a slashed Ethereum validator waits before it is withdrawable. `slash_validator` (electra) first
 * calls `initiate_validator_exit`, whose exit epoch waits for the exit churn like any exit
 * (1 + MAX_SEED_LOOKAHEAD epochs, then ⌈(queue + balance) / churn⌉ − 1 more), then sets
 * withdrawable_epoch = max(exit epoch + MIN_VALIDATOR_WITHDRAWABILITY_DELAY, slashing epoch +
 * EPOCHS_PER_SLASHINGS_VECTOR). With an empty queue that is 8,192 epochs ≈ 36.4 days; behind a 2.5 M ETH
 * queue the exit term wins: 5 + 9,765 + 256 = 10,026 epochs ≈ 44.6 days.
 */
export function ethereumSlashedExitDays(exitQueueEth = 0, balanceEth = 32): number {
  const queue = tokens('exitQueueEth', exitQueueEth)
  const churn = ethereumActivationExitChurnEth(NETWORK_PRESETS.ethereum.rewardModel.totalStakedEth.value)
  const exitEpochs =
    1 + ETHEREUM.MAX_SEED_LOOKAHEAD + Math.max(0, Math.ceil((queue + balanceEth) / churn) - 1)
  const withdrawable = Math.max(
    exitEpochs + ETHEREUM.MIN_VALIDATOR_WITHDRAWABILITY_DELAY,
    ETHEREUM_PENALTIES.epochsPerSlashingsVector.value,
  )
  return withdrawable / ETHEREUM_EPOCHS_PER_DAY
}

/**
 * Principal lost when validators holding your stake are slashed.
 *
 * Ethereum (Electra, `specs/electra/beacon-chain.md` `slash_validator` and `process_slashings`), per ETH
 * of effective balance: an initial 1/4,096; a correlation penalty min(3 · correlatedShare, 1) taken
 * halfway through the slashing period; and, until the validator is withdrawable (at least 8,192 epochs
 * later, more behind a long exit queue: `ethereumSlashedExitDays`), the source and target penalties of a
 * validator that does not attest: apr · 40/64 · days / 365 (the APR is per 365-day year).
 * Effective balance moves in whole ETH and the spec divides in Gwei; the continuous form used here
 * differs by less than a Gwei per ETH.
 *
 * Cosmos Hub (x/slashing): double signing burns SlashFractionDoubleSign (5 %) of the bonded stake and
 * tombstones the validator. Solana: the protocol does not slash (`supported: false`, with the source).
 */
export function slashingLoss(input: SlashingInput): SlashingOutcome {
  const stake = tokens('stake', input.stake)
  const exposure = requireNumber('exposure', input.exposure ?? 1, fractionRule('Exposure'))
  const exposed = stake * exposure
  if (input.network === 'solana') {
    const s = SOLANA_PENALTIES.protocolSlashing
    return { supported: false, network: 'solana', reason: s.note, source: s.source }
  }
  if (input.network === 'cosmos') {
    const f = COSMOS_PENALTIES.slashFractionDoubleSign
    const amount = exposed * f.value
    return {
      supported: true,
      network: 'cosmos',
      parts: [{ id: 'double-sign', label: 'Double-signing slash', amount, source: f.source }],
      total: amount,
      fraction: stake > 0 ? amount / stake : 0,
      forcedExitDays: null,
      removedForGood: true,
    }
  }
  if (input.network !== 'ethereum') {
    throw new CalculatorInputError('network', 'Network must be ethereum, cosmos or solana')
  }
  const eth = ETHEREUM_PENALTIES
  const apr = requireNumber('apr', input.apr ?? defaultEthereumApr(), {
    label: 'APR',
    range: { min: 0, max: 10 },
    message: 'APR must be between 0% and 1,000%',
  })
  const totalStaked = NETWORK_PRESETS.ethereum.rewardModel.totalStakedEth.value
  const correlatedShare = requireNumber(
    'correlatedShare',
    input.correlatedShare ?? Math.min(1, exposed / totalStaked),
    fractionRule('Correlated share'),
  )
  const exitDays = ethereumSlashedExitDays(input.exitQueueEth ?? 0, Math.min(exposed, 2048))
  const initial = exposed / eth.minSlashingPenaltyQuotient.value
  const correlation = exposed * Math.min(eth.proportionalSlashingMultiplier.value * correlatedShare, 1)
  const waiting = exposed * apr * eth.offlinePenaltyShare.value * (exitDays / DAYS_PER_YEAR)
  // The three together can never take more than the exposed stake.
  const total = Math.min(exposed, initial + correlation + waiting)
  return {
    supported: true,
    network: 'ethereum',
    parts: [
      {
        id: 'initial',
        label: 'Initial slashing penalty',
        amount: initial,
        source: eth.minSlashingPenaltyQuotient.source,
      },
      {
        id: 'correlation',
        label: 'Correlation penalty',
        amount: correlation,
        source: eth.proportionalSlashingMultiplier.source,
      },
      {
        id: 'exit-penalties',
        label: 'Missed-duty penalties until withdrawable',
        amount: waiting,
        source: eth.offlinePenaltyShare.source,
      },
    ],
    total,
    fraction: stake > 0 ? total / stake : 0,
    forcedExitDays: exitDays,
    removedForGood: false,
  }
}

function defaultEthereumApr(): number {
  return ethereumConsensusApr(NETWORK_PRESETS.ethereum.rewardModel.totalStakedEth.value)
}

/**
 * Tokens that are bonded (and so can be slashed) after `days`: with rewards restaked, the whole balance;
 * with `compounding: 'none'` only the principal, because unclaimed rewards are not staked.
 */
export function bondedBalance(stake: StakeInput, days: number): number {
  if (stake.compounding === 'none') return stake.principal
  return projectStake({ ...stake, days }).finalBalance
}

export type DowntimeInput = {
  network: NetworkId
  /** The stake (principal, APR, commission, compounding); `days` is ignored. */
  stake: StakeInput
  /** Whole days the stake had earned before the outage. */
  earnedDays: number
  /** Length of the outage in whole days (1 … 365). */
  days: number
}

export type DowntimeOutcome = {
  network: NetworkId
  /** Rewards the stake would have earned during the outage (from `projectStake`). */
  missedRewards: number
  /** Principal taken: Ethereum's missed-duty penalties, the Cosmos downtime slash. */
  penalties: PenaltyPart[]
  penaltyTotal: number
  /** Cosmos: the validator was jailed (it missed more than the window allows). */
  jailed: boolean
  /** Cosmos: hours of downtime after which a validator is jailed. */
  jailAfterHours: number | null
}

/** Hours offline before a Cosmos Hub validator is jailed: 10,000 · (1 − 5 %) blocks at the assumed block time. */
export function cosmosJailAfterHours(): number {
  const p = COSMOS_PENALTIES
  return (p.signedBlocksWindow.value * (1 - p.minSignedPerWindow.value) * p.blockSeconds.value) / 3600
}

/**
 * What an outage of the validator costs. Everywhere: the rewards it would have earned (the balance grows
 * from `earnedDays` to `earnedDays + days` in `projectStake`, and that growth is missed).
 * Ethereum: the source and target penalties of a validator that does not attest, apr · 40/64 per year of
 * outage on the staked principal (`get_flag_index_deltas`; the inactivity leak, which only runs when the
 * chain cannot finalise, is not modelled). Cosmos Hub: after missing 9,500 of 10,000 blocks (about 18.5
 * hours at 7-second blocks) the validator is jailed and SlashFractionDowntime (0.01 %) of the bonded stake
 * is burned. Solana: a delinquent validator earns nothing; there is no penalty.
 */
export function downtimeLoss(input: DowntimeInput): DowntimeOutcome {
  const dayRule = (field: string, max: number) => ({
    label: field,
    range: { min: 0, max },
    integer: true,
    message: `${field} must be a whole number of days from 0 to ${max.toLocaleString('en-US')}`,
  })
  const earned = requireNumber('earnedDays', input.earnedDays, dayRule('earnedDays', 36_500))
  const days = requireNumber('days', input.days, dayRule('days', 365))
  const before = projectStake({ ...input.stake, days: earned })
  const after = projectStake({ ...input.stake, days: earned + days })
  const missedRewards = after.finalBalance - before.finalBalance
  const penalties: PenaltyPart[] = []
  let jailed = false
  let jailAfterHours: number | null = null
  if (input.network === 'ethereum') {
    const share = ETHEREUM_PENALTIES.offlinePenaltyShare
    penalties.push({
      id: 'offline-penalties',
      label: 'Missed-duty penalties',
      amount: input.stake.principal * input.stake.apr * share.value * (days / DAYS_PER_YEAR),
      source: share.source,
    })
  } else if (input.network === 'cosmos') {
    jailAfterHours = cosmosJailAfterHours()
    jailed = days * 24 >= jailAfterHours
    if (jailed) {
      const f = COSMOS_PENALTIES.slashFractionDowntime
      penalties.push({
        id: 'downtime-slash',
        label: 'Downtime slash',
        amount: bondedBalance(input.stake, earned) * f.value,
        source: f.source,
      })
    }
  }
  return {
    network: input.network,
    missedRewards,
    penalties,
    penaltyTotal: penalties.reduce((sum, p) => sum + p.amount, 0),
    jailed,
    jailAfterHours,
  }
}
