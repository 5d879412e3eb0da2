import {
  CALCULATOR_PRESETS,
  ETHEREUM_PENALTIES,
  NETWORK_PRESETS,
  bondedBalance,
  downtimeLoss,
  ethereumSlashedExitDays,
  projectEthereumValidator,
  projectStake,
  slashingLoss,
  timeToActivation,
  timeToLiquidity,
  type ActivationTimeline,
  type Compounding,
  type DowntimeOutcome,
  type LiquidityPhase,
  type NetworkId,
  type PenaltyPart,
  type Projection,
  type StakeInput,
  type StakingMethod,
} from '@/lib/calculator'
import { checkAmount, transactionFee } from './amount'
import type { CalculatorScenario } from './calculator-link'
import { slashingStopsEarning } from './incidents'
import { findProvider, type Provider } from './providers'
import { compoundingFor } from './restake'
import { DOWNTIME_DAYS, LIQUID_DISCOUNT, PAUSE_DAYS } from './scenario'
import type { CredentialsId, ExitRoute, WalkthroughState } from './types'

/** The stake as chosen in steps 1–3, in the engine's terms. */
export type StakeSetup = {
  network: NetworkId
  method: StakingMethod
  provider: Provider
  symbol: string
  amount: number
  /** Gross APR of the network's reward model (the engine's preset). */
  apr: number
  /** The provider's commission or fee, a share of rewards. */
  fee: number
  compounding: Compounding
  /** Network inflation, where the preset has one (for the calculator link). */
  inflation: number | undefined
  /** Solo Ethereum: the validator's withdrawal credentials; `null` on every other path. */
  credentials: CredentialsId | null
}

const APR_PRESET = {
  ethereum: CALCULATOR_PRESETS['eth-solo'],
  cosmos: CALCULATOR_PRESETS['cosmos-delegate'],
  solana: CALCULATOR_PRESETS['solana-delegate'],
} as const

/** Gross APR for a network: the engine preset's reward model (before commission). */
export function networkApr(network: NetworkId): number {
  return APR_PRESET[network].input.apr
}

export function stakeSetup(state: WalkthroughState): StakeSetup | null {
  const { network, method } = state
  if (method === null) return null
  const provider = findProvider(network, method, state.provider)
  const amount = checkAmount(state.amount, network, method, state.credentials)
  if (provider === undefined || !amount.ok) return null
  return {
    network,
    method,
    provider,
    symbol: NETWORK_PRESETS[network].symbol,
    amount: amount.value,
    apr: networkApr(network),
    fee: provider.fee,
    compounding: compoundingFor(network, method, state.restake),
    inflation: APR_PRESET[network].input.inflation,
    credentials: network === 'ethereum' && method === 'solo' ? state.credentials : null,
  }
}

/** Rewards (after the fee) and the final balance of `principal` over `days`, without incidents. */
type Earned = { rewards: number; finalBalance: number }

/**
 * What the stake earns: a solo Ethereum validator through `projectEthereumValidator` under its chosen
 * credentials (0x01 swept, 0x02 compounding in whole-ETH steps of effective balance); everything else
 * through `projectStake` with the path's compounding.
 */
function earn(setup: StakeSetup, days: number, principal = setup.amount, commission = setup.fee): Earned {
  if (setup.credentials !== null && days > 0 && principal >= 32) {
    const v = projectEthereumValidator({
      principal,
      credentials: setup.credentials,
      apr: setup.apr,
      commission,
      days,
    })
    return { rewards: v.rewards, finalBalance: v.finalBalance }
  }
  const p = projectStake({ ...stakeInput(setup, days, principal), commission })
  return { rewards: p.rewards, finalBalance: p.finalBalance }
}

function stakeInput(setup: StakeSetup, days: number, principal = setup.amount): StakeInput {
  return { principal, apr: setup.apr, commission: setup.fee, compounding: setup.compounding, days }
}

/** The engine's projection for a whole year, shown before committing (steps 3 and 4). */
export function expectedYear(setup: StakeSetup): Projection {
  return projectStake(stakeInput(setup, 365))
}

/** The provider's fee over that year: the same projection without the fee, less the one with it. */
export function expectedYearFees(setup: StakeSetup): number {
  return projectStake({ ...stakeInput(setup, 365), commission: 0 }).rewards - expectedYear(setup).rewards
}

/** The calculator's simple projection of the same stake: full uptime, no incidents, `days` long. */
export function calculatorScenario(setup: StakeSetup, days: number): CalculatorScenario {
  return {
    amount: setup.amount,
    apr: setup.apr,
    compounding: setup.compounding,
    commission: setup.fee,
    days,
    inflation: setup.inflation,
    symbol: setup.symbol,
    network: setup.network,
    ...(setup.credentials === '0x02' ? { credentials: setup.credentials } : {}),
  }
}

export function activationTimeline(setup: StakeSetup): ActivationTimeline {
  return timeToActivation({ network: setup.network, method: setup.method, amount: setup.amount })
}

export type ExitTimeline = { phases: LiquidityPhase[]; totalDays: number; forced: boolean }

/**
 * A solo Ethereum stake (32 ETH or more) under both withdrawal credentials over `days`, without incidents:
 * 0x01 sweeps rewards out, and stakes the amount as ⌊amount / 32⌋ validators of 32 ETH with the rest not
 * staked (`sweepValidators`, `sweepIdle`); 0x02 keeps it in one validator compounding in whole-ETH steps
 * (`projectEthereumValidator`). `mine` is the reader's chosen credentials, `other` the kind not chosen.
 * `null` for every other setup.
 */
export function credentialsComparison(
  setup: StakeSetup,
  days: number,
): {
  sweep: number
  compounding: number
  chosen: CredentialsId
  mine: number
  other: number
  sweepValidators: number
  sweepIdle: number
} | null {
  if (setup.credentials === null || setup.amount < 32) return null
  const run = (credentials: CredentialsId) =>
    projectEthereumValidator({
      principal: setup.amount,
      credentials,
      apr: setup.apr,
      commission: setup.fee,
      days,
    })
  const sweepRun = run('0x01')
  const sweep = sweepRun.finalBalance
  const compounding = run('0x02').finalBalance
  const chosen = setup.credentials
  const split = { sweepValidators: sweepRun.validators, sweepIdle: sweepRun.idle }
  return chosen === '0x02'
    ? { sweep, compounding, chosen, mine: compounding, other: sweep, ...split }
    : { sweep, compounding, chosen, mine: sweep, other: compounding, ...split }
}

/**
 * Days until a slashed solo validator can be withdrawn, behind the dated exit queue (the same default as
 * every other Ethereum exit): max(exit epoch + 256, slashing epoch + 8,192), `ethereumSlashedExitDays`.
 */
export const walkthroughSlashedExitDays = (): number =>
  ethereumSlashedExitDays(NETWORK_PRESETS.ethereum.liquidity.observedExitQueueEth.value)

/**
 * The wait to get out, from the engine. A slashed solo Ethereum validator is forced out and waits
 * 8,192 epochs before the withdrawal sweep pays it; otherwise `timeToLiquidity` with the chosen route
 * (a liquid token sold or redeemed) and any platform pause.
 */
export function exitTimeline(state: WalkthroughState, setup: StakeSetup, route: ExitRoute): ExitTimeline {
  const normal = timeToLiquidity({
    network: setup.network,
    method: setup.method,
    amount: setup.amount,
    liquidExit: route === 'redeem' ? 'redeem' : 'swap',
    platformDays: state.incidents.pause === undefined ? 0 : PAUSE_DAYS.value,
  })
  if (state.incidents.slashing !== undefined && setup.network === 'ethereum' && setup.method === 'solo') {
    const forcedDays = walkthroughSlashedExitDays()
    const sweep = normal.phases.find((p) => p.id === 'withdrawal-sweep')
    const forced: LiquidityPhase = {
      id: 'forced-exit',
      facts: {
        id: 'forced-exit',
        delayEpochs: NETWORK_PRESETS.ethereum.liquidity.withdrawabilityDelayEpochs.value,
        slashingsEpochs: ETHEREUM_PENALTIES.epochsPerSlashingsVector.value,
        days: forcedDays,
      },
      startDay: 0,
      endDay: forcedDays,
      source: ETHEREUM_PENALTIES.epochsPerSlashingsVector.source,
    }
    const phases = [forced]
    if (sweep)
      phases.push({ ...sweep, startDay: forcedDays, endDay: forcedDays + sweep.endDay - sweep.startDay })
    return { phases, totalDays: phases.at(-1)?.endDay ?? forcedDays, forced: true }
  }
  return { phases: normal.phases, totalDays: normal.totalDays, forced: false }
}

export type Ledger = {
  setup: StakeSetup
  /** Days on the simulated clock since activation. */
  clockDays: number
  /** Days the stake actually earned (the clock less the outage). */
  earningDays: number
  /** Rewards earned after the provider's fee. */
  rewards: number
  /** The provider's fee on those rewards. */
  rewardFees: number
  /** Network fees paid so far (staking, and unstaking once requested). */
  transactionFees: number
  downtime: DowntimeOutcome | null
  /** Principal lost to slashing, with its parts. */
  slashing: { parts: PenaltyPart[]; total: number; day: number; stopsEarning: boolean } | null
  /** Lost by selling a liquid staking token below its backing. */
  discountLoss: number
  /** All losses of principal: penalties, slashing, discount. */
  losses: number
  /** What the reader holds (or will receive): principal + rewards − losses − network fees. */
  balance: number
  /** The same stake's projection for the same days, without incidents. */
  simple: Earned
}

/**
 * The running account of a stake, entirely from the engine: rewards from `projectStake` over the days
 * the stake earned (an outage earns nothing; earning stops when the reader's own validator is slashed),
 * penalties from `downtimeLoss` and `slashingLoss`. After a slashing that leaves the stake earning (a
 * pool or protocol loses a share), later rewards grow from the reduced stake.
 */
export function computeLedger(state: WalkthroughState): Ledger | null {
  const setup = stakeSetup(state)
  if (setup === null) return null
  const P = setup.amount
  const downtimeDay = state.incidents.downtime
  const slashDay = state.incidents.slashing
  const downtimeDays = downtimeDay === undefined ? 0 : DOWNTIME_DAYS
  const clockDays = state.days
  const earningDays = clockDays - downtimeDays
  const downtime =
    downtimeDay === undefined
      ? null
      : downtimeLoss({
          network: setup.network,
          stake: stakeInput(setup, 0),
          earnedDays: downtimeDay,
          days: DOWNTIME_DAYS,
        })

  // Days earned before the slashing, and the part of the stake the slashed validators held.
  let slashing: Ledger['slashing'] = null
  let e1 = earningDays
  if (slashDay !== undefined) {
    e1 = slashDay - (downtimeDay !== undefined && downtimeDay < slashDay ? DOWNTIME_DAYS : 0)
    const bonded = bondedBalance(stakeInput(setup, 0), e1)
    const spread = setup.provider.operators ?? 1
    const own = slashingStopsEarning(setup.method)
    const out = slashingLoss({
      network: setup.network,
      stake: setup.network === 'ethereum' && setup.method === 'solo' ? P : bonded,
      exposure: own ? 1 : 1 / spread,
      apr: setup.apr,
      correlatedShare: own ? undefined : setup.provider.share / spread,
      exitQueueEth: NETWORK_PRESETS.ethereum.liquidity.observedExitQueueEth.value,
    })
    if (out.supported) slashing = { parts: out.parts, total: out.total, day: slashDay, stopsEarning: own }
  }
  const slashLoss = slashing?.total ?? 0
  const penalties = downtime?.penaltyTotal ?? 0

  // Rewards in two phases around the slashing (one phase without it).
  const phase1 = earn(setup, e1)
  const gross1 = earn(setup, e1, P, 0)
  const e2 = slashing !== null && !slashing.stopsEarning ? earningDays - e1 : 0
  const bondedAfter = (setup.compounding === 'none' ? P : phase1.finalBalance) - slashLoss
  const phase2 = earn(setup, e2, Math.max(0, bondedAfter))
  const gross2 = earn(setup, e2, Math.max(0, bondedAfter), 0)
  const rewards = phase1.rewards + phase2.rewards
  const rewardFees = gross1.rewards - phase1.rewards + (gross2.rewards - phase2.rewards)

  const transactionFees = transactionFee(setup.network, setup.method) * (state.exit === null ? 1 : 2)
  const beforeDiscount = P + rewards - penalties - slashLoss
  const discountLoss =
    state.exit === 'swap' && state.incidents.discount !== undefined
      ? beforeDiscount * LIQUID_DISCOUNT.value
      : 0
  const losses = penalties + slashLoss + discountLoss
  return {
    setup,
    clockDays,
    earningDays,
    rewards,
    rewardFees,
    transactionFees,
    downtime,
    slashing,
    discountLoss,
    losses,
    balance: P + rewards - losses - transactionFees,
    simple: earn(setup, clockDays),
  }
}

/** What selling the liquid staking token now, at the simulated discount, would lose. */
export function discountIfSold(ledger: Ledger): number {
  return (ledger.setup.amount + ledger.rewards - ledger.losses + ledger.discountLoss) * LIQUID_DISCOUNT.value
}
