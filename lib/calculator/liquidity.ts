import { CalculatorInputError } from './errors'
import {
  cosmosUnbondingPhases,
  ethereumExitPhases,
  ethereumPartialWithdrawalPhases,
  liquidRedemptionPhase,
  solanaDeactivationPhases,
  swapPhase,
} from './liquidity-phases'
import type { LiquidityPhaseId, PhaseDraft } from './liquidity-phases'
import type { PhaseFacts } from './phase-facts'
import { NETWORK_PRESETS } from './presets/index'
import type { NetworkId, Source, StakingMethod } from './presets/types'
import { requireNumber } from './validate'

export type LiquidityInput = {
  network: NetworkId
  method: StakingMethod
  /** Tokens being withdrawn (Ethereum: the exiting balance uses churn too). Default: 32 ETH, 1 otherwise. */
  amount?: number
  /** Day the timeline starts on (default 0). */
  startDay?: number
  /** Optional start as 'YYYY-MM-DD' (UTC midnight) or epoch milliseconds; phases then carry ISO dates. */
  startDate?: string | number
  /** Liquid staking: sell the token on a market (default) or redeem it through the protocol. */
  liquidExit?: 'swap' | 'redeem'
  /** Ethereum: ETH already waiting in the exit queue (default: the profile's dated observed queue). */
  queueEth?: number
  /** Ethereum solo: `'partial'` withdraws `amount` from a 0x02 validator by an EIP-7002 request (default `'full'`). */
  withdrawal?: 'full' | 'partial'
  /** Ethereum solo: the validator's withdrawal credentials (default `'0x01'`); partial needs `'0x02'`. */
  credentials?: '0x01' | '0x02'
  /** Ethereum: total ETH staked (default: the preset), which sets the churn limit. */
  totalStakedEth?: number
  /** Ethereum: validators in the sweep (default: the preset). */
  validatorCount?: number
  /** Solana: share of the current epoch already elapsed, 0 … 1 (default 0: a whole epoch to wait). */
  epochProgress?: number
  /** Solana: extra epochs when network-wide deactivation exceeds the cooldown limit (default 0). */
  cooldownEpochs?: number
  /** Exchange: the platform's own processing time in days, if it states one (default 0). */
  platformDays?: number
}

export type LiquidityPhase = {
  /** What the phase is; the UI words it (`phaseLabel` in `lib/i18n/en-liquidity.ts`). */
  id: LiquidityPhaseId
  /** The id again with the numbers its rule used; the UI describes it (`phaseDescription`). */
  facts: PhaseFacts
  startDay: number
  /** Expected end. */
  endDay: number
  /** Worst-case length of this phase in days, when it differs from the expected one. */
  worstDays?: number
  source: Source | null
  /** ISO 8601 timestamps, when `startDate` was given. */
  startDate?: string
  endDate?: string
}

export type LiquidityTimeline = {
  network: NetworkId
  method: StakingMethod
  phases: LiquidityPhase[]
  /** Expected days from `startDay` until the funds are usable. */
  totalDays: number
  /** Days until usable when every phase takes its worst case. */
  worstTotalDays: number
  /** When `startDate` was given: the earliest moment the funds are usable. */
  usableDate?: string
}

const NOT_OFFERED: Partial<Record<NetworkId, Partial<Record<StakingMethod, string>>>> = {
  ethereum: {
    delegated: 'Ethereum has no native delegation: choose solo, pooled, liquid or exchange staking',
  },
  cosmos: {
    solo: 'Running a Cosmos Hub validator needs a place in the active set; this guide covers delegating',
    pooled: 'The Cosmos Hub has no native staking pools: choose delegated, liquid or exchange staking',
  },
}

const DAY_MS = 86_400_000

function nonNegative(field: string, value: number | undefined, fallback: number, max = 1e12): number {
  if (value === undefined) return fallback
  return requireNumber(field, value, {
    label: field,
    range: { min: 0, max },
    message: `${field} must be a number from 0 to ${max.toLocaleString('en-US')}`,
  })
}

function parseStart(startDate: string | number): number {
  const ms =
    typeof startDate === 'number'
      ? startDate
      : /^\d{4}-\d{2}-\d{2}$/.test(startDate)
        ? Date.parse(`${startDate}T00:00:00Z`)
        : Number.NaN
  if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15 - 1e13) {
    throw new CalculatorInputError(
      'startDate',
      'Start date must be a date like 2026-01-31 or a time in milliseconds',
    )
  }
  return ms
}

function draftsFor(input: LiquidityInput): PhaseDraft[] {
  const { network, method } = input
  const profile = NETWORK_PRESETS[network]
  if (!(profile.methods as readonly string[]).includes(method)) {
    throw new CalculatorInputError(
      'method',
      NOT_OFFERED[network]?.[method] ?? `${profile.name} does not offer ${method} staking here`,
    )
  }
  if (method === 'liquid' && (input.liquidExit ?? 'swap') === 'swap') return [swapPhase(profile.symbol)]
  let protocol: PhaseDraft[]
  if (network === 'ethereum' && method === 'liquid') {
    protocol = [liquidRedemptionPhase()]
  } else if (network === 'ethereum') {
    const eth = NETWORK_PRESETS.ethereum
    const options = {
      amount: nonNegative('amount', input.amount, 32),
      queueEth: nonNegative('queueEth', input.queueEth, eth.liquidity.observedExitQueueEth.value),
      totalStakedEth: nonNegative(
        'totalStakedEth',
        input.totalStakedEth,
        eth.rewardModel.totalStakedEth.value,
      ),
      validatorCount: nonNegative('validatorCount', input.validatorCount, eth.liquidity.validatorCount.value),
    }
    const credentials = input.credentials ?? '0x01'
    if (credentials !== '0x01' && credentials !== '0x02') {
      throw new CalculatorInputError('credentials', 'Withdrawal credentials must be 0x01 or 0x02')
    }
    const withdrawal = input.withdrawal ?? 'full'
    if (withdrawal !== 'full' && withdrawal !== 'partial') {
      throw new CalculatorInputError('withdrawal', 'Withdrawal must be full or partial')
    }
    if (withdrawal === 'partial' && (method !== 'solo' || credentials !== '0x02')) {
      throw new CalculatorInputError(
        'withdrawal',
        'Partial withdrawals by request (EIP-7002) need your own validator with 0x02 credentials',
      )
    }
    protocol =
      withdrawal === 'partial' ? ethereumPartialWithdrawalPhases(options) : ethereumExitPhases(options)
  } else if (network === 'cosmos') {
    protocol = cosmosUnbondingPhases()
  } else {
    protocol = solanaDeactivationPhases({
      epochProgress: nonNegative('epochProgress', input.epochProgress, 0, 1),
      cooldownEpochs: nonNegative('cooldownEpochs', input.cooldownEpochs, 0, 1000),
    })
  }
  const before: PhaseDraft[] = []
  if (method === 'liquid' || method === 'pooled') {
    before.push({
      facts: { id: 'redeem-request', from: method === 'liquid' ? 'protocol' : 'pool' },
      days: 10 / 1440,
      source: null,
    })
  }
  const platformDays = nonNegative('platformDays', input.platformDays, 0, 365)
  if (method === 'exchange') {
    before.push({
      facts: { id: 'platform-request', platformDays },
      days: platformDays,
      source: null,
    })
  }
  return [...before, ...protocol]
}

/**
 * The earliest time staked funds are usable, as a timeline of phases (pure data for the walkthrough).
 * Rules and sources per network are in `liquidity-phases.ts`; network figures come from the presets.
 * Invalid network/method pairs throw `CalculatorInputError` with field `method`.
 */
export function timeToLiquidity(input: LiquidityInput): LiquidityTimeline {
  if (!Object.hasOwn(NETWORK_PRESETS, input.network)) {
    throw new CalculatorInputError('network', 'Network must be ethereum, cosmos or solana')
  }
  const methods: readonly string[] = ['solo', 'delegated', 'pooled', 'liquid', 'exchange']
  if (!methods.includes(input.method)) {
    throw new CalculatorInputError('method', 'Method must be solo, delegated, pooled, liquid or exchange')
  }
  const startDay = nonNegative('startDay', input.startDay, 0, 36_500)
  const startMs = input.startDate === undefined ? undefined : parseStart(input.startDate)
  let day = startDay
  let worst = 0
  const phases = draftsFor(input).map((draft): LiquidityPhase => {
    const phase: LiquidityPhase = {
      id: draft.facts.id,
      facts: draft.facts,
      startDay: day,
      endDay: day + draft.days,
      source: draft.source,
    }
    if (draft.worstDays !== undefined) phase.worstDays = draft.worstDays
    worst += draft.worstDays ?? draft.days
    if (startMs !== undefined) {
      phase.startDate = new Date(startMs + (day - startDay) * DAY_MS).toISOString()
      phase.endDate = new Date(startMs + (phase.endDay - startDay) * DAY_MS).toISOString()
    }
    day = phase.endDay
    return phase
  })
  const timeline: LiquidityTimeline = {
    network: input.network,
    method: input.method,
    phases,
    totalDays: day - startDay,
    worstTotalDays: worst,
  }
  if (startMs !== undefined)
    timeline.usableDate = new Date(startMs + timeline.totalDays * DAY_MS).toISOString()
  return timeline
}
