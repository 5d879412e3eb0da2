import {
  CALCULATOR_PRESETS,
  CalculatorInputError,
  compareStakingPaths,
  defaultFeeModels,
  simulateOutcomes,
  slashingAssumption,
  timeToActivation,
  timeToLiquidity,
} from '@/lib/calculator'
import type {
  ActivationTimeline,
  LiquidityTimeline,
  NetworkId,
  OutcomeInput,
  OutcomeRange,
  PathRow,
  SlashingAssumption,
  StakingMethod,
} from '@/lib/calculator'
import { NETWORK_PRESET, NETWORKS } from './params'
import { scenarioApr, scenarioToStakeInput } from './stake-input'
import type { Scenario } from './types'

/**
 * The page's deeper views, each a thin call into the engine with the scenario. They return `null` instead of
 * throwing when the engine refuses a combination (e.g. a simulation whose worst case would overflow), so a
 * section can say so while the rest of the page keeps working.
 */

/** Paths simulated for the outcome range: enough for stable percentiles, fast enough to run as you type. */
export const OUTCOME_PATHS = 2000

/**
 * Illustrative uncertainty for the outcome range; the UI lists these next to the result. Slashing is not
 * here: it comes per network from the penalty presets (`outcomeSlashing`), none on Solana.
 */
export const OUTCOME_ASSUMPTIONS = {
  /** Each year's APR moves up to this share of itself above or below the stated rate. */
  aprDriftShare: 0.25,
  uptime: 0.99,
  /** Final price from half to double the expected final price. */
  priceSpread: 2,
  seed: 1,
} as const

const MAX_PRICE = 1e9

function refused<T>(run: () => T): T | null {
  try {
    return run()
  } catch (error) {
    if (error instanceof CalculatorInputError) return null
    throw error
  }
}

/** The outcome range's slashing assumption for the scenario's network (see `slashingAssumption`). */
export const outcomeSlashing = (s: Scenario): SlashingAssumption => slashingAssumption(s.network)

export function outcomeInput(s: Scenario): OutcomeInput {
  const input = scenarioToStakeInput(s)
  const drift = input.apr * OUTCOME_ASSUMPTIONS.aprDriftShare
  const slashing = outcomeSlashing(s)
  const outcome: OutcomeInput = {
    ...input,
    aprDrift: { min: -drift, max: drift },
    uptime: OUTCOME_ASSUMPTIONS.uptime,
    slashing: { annualProbability: slashing.annualProbability, fraction: slashing.fraction },
    paths: OUTCOME_PATHS,
    seed: OUTCOME_ASSUMPTIONS.seed,
  }
  const end = (input.price ?? 0) * (1 + (input.priceChange ?? 0))
  if (end > 0 && end / OUTCOME_ASSUMPTIONS.priceSpread <= MAX_PRICE) {
    outcome.priceRange = {
      min: end / OUTCOME_ASSUMPTIONS.priceSpread,
      max: Math.min(MAX_PRICE, end * OUTCOME_ASSUMPTIONS.priceSpread),
    }
  }
  return outcome
}

/** P10/P50/P90 of the final balance (and value), or `null` when the simulation cannot be run. */
export function scenarioOutcomes(s: Scenario): OutcomeRange | null {
  return refused(() => simulateOutcomes(outcomeInput(s)))
}

/** How the network's preset stakes (solo for Ethereum, delegation for Cosmos Hub and Solana). */
export const presetMethod = (network: NetworkId): StakingMethod =>
  CALCULATOR_PRESETS[NETWORK_PRESET[network]].method

/** Ethereum options of a scenario that shape its timelines. */
type EthereumOptions = Pick<Scenario, 'exitQueue' | 'credentials'>

/** The unstaking timeline for a network and method; the Ethereum exit queue uses the amount staked. */
export function liquidityFor(
  network: NetworkId,
  method: StakingMethod,
  amount?: number,
  options: EthereumOptions = {},
): LiquidityTimeline | null {
  const input = {
    network,
    method,
    ...(network === 'ethereum' && amount !== undefined && amount > 0 ? { amount } : {}),
    ...(network === 'ethereum' && options.exitQueue !== undefined ? { queueEth: options.exitQueue } : {}),
    ...(network === 'ethereum' && method === 'liquid' ? { liquidExit: 'redeem' as const } : {}),
  }
  return refused(() => timeToLiquidity(input))
}

/**
 * How long a new stake waits before it earns, for the scenario's network and preset method: the Ethereum
 * deposit queue uses `entryQueue` (default: the dated figure). `null` without a network.
 */
export function scenarioActivation(s: Scenario): ActivationTimeline | null {
  if (s.network === undefined) return null
  const network = s.network
  return refused(() =>
    timeToActivation({
      network,
      method: presetMethod(network),
      ...(network === 'ethereum' && s.amount > 0 ? { amount: s.amount } : {}),
      ...(network === 'ethereum' && s.entryQueue !== undefined ? { queueEth: s.entryQueue } : {}),
    }),
  )
}

/**
 * A 0x02 validator's partial withdrawal (EIP-7002) of its rewards, beside the full exit: the Ethereum solo
 * scenario with `credentials=0x02` only.
 */
export function scenarioPartialWithdrawal(s: Scenario): LiquidityTimeline | null {
  if (s.network !== 'ethereum' || s.credentials !== '0x02') return null
  return refused(() =>
    timeToLiquidity({
      network: 'ethereum',
      method: 'solo',
      credentials: '0x02',
      withdrawal: 'partial',
      amount: 1,
      ...(s.exitQueue === undefined ? {} : { queueEth: s.exitQueue }),
    }),
  )
}

/** The scenario's network timeline, or one typical timeline per network when no preset is chosen. */
export function scenarioLiquidity(s: Scenario): LiquidityTimeline[] {
  const networks = s.network === undefined ? [...NETWORKS] : [s.network]
  const timelines = networks.flatMap((n) => {
    const timeline = liquidityFor(n, presetMethod(n), s.network === undefined ? undefined : s.amount, s)
    return timeline === null ? [] : [timeline]
  })
  const partial = scenarioPartialWithdrawal(s)
  return partial === null ? timelines : [...timelines, partial]
}

export { scenarioValidators } from './validators'

export type PathComparison = PathRow & {
  /** Share of rewards the path's operator keeps (an illustrative assumption). */
  feeShare: number
  waitDays: number | null
}

/** Solo, pooled, liquid and exchange staking side by side, with each path's unstaking wait. */
export function scenarioPaths(s: Scenario): PathComparison[] | null {
  const input = scenarioToStakeInput(s)
  const rows = refused(() =>
    compareStakingPaths({
      principal: input.principal,
      apr: scenarioApr(s),
      days: input.days,
      compounding: input.compounding,
      ...(input.ratePath === undefined ? {} : { ratePath: input.ratePath }),
      ...(s.credentials === undefined ? {} : { credentials: s.credentials }),
      ...(s.poolCredentials === undefined ? {} : { poolCredentials: s.poolCredentials }),
      ...(input.price === undefined ? {} : { price: input.price }),
      ...(input.priceChange === undefined ? {} : { priceChange: input.priceChange }),
      ...(s.network === undefined ? {} : { network: s.network }),
    }),
  )
  if (rows === null) return null
  const models = defaultFeeModels(s.network, input.compounding)
  return rows.map((row) => ({
    ...row,
    feeShare: models.find((m) => m.id === row.id)?.rewardFee ?? 0,
    waitDays:
      s.network === undefined ? null : (liquidityFor(s.network, row.id, s.amount, s)?.totalDays ?? null),
  }))
}
