import type { Compounding } from './compounding'
import { CalculatorInputError } from './errors'
import { NETWORK_PRESETS } from './presets/index'
import type { NetworkId } from './presets/types'
import { projectEthereumValidator } from './ethereum-validator'
import type { EthereumCredentials } from './ethereum-validator'
import { pooledValidatorShare, requirePoolCredentials } from './pooled-validators'
import { projectStake } from './project'
import type { RatePath } from './rate-path'
import { linearPrice } from './series'
import { fractionRule, requireNumber } from './validate'

export type PathId = 'solo' | 'pooled' | 'liquid' | 'exchange'

/** Why a path is not available for an input; the UI words each code (`lib/i18n`). */
export type PathIneligibility =
  /** The network does not offer this path in this guide. */
  | { code: 'not-offered'; network: NetworkId }
  /** The stake is below the path's minimum. */
  | { code: 'below-minimum'; minimum: number; principal: number }
  /** A fiat running cost needs a token price to be counted. */
  | { code: 'price-needed' }

/** How a staking path charges: a share of rewards, a fixed monthly cost, and a minimum stake. */
export type FeeModel = {
  /** Which path; the UI names it and words its note by id. */
  id: PathId
  /** Share of rewards kept by the operator, pool, protocol or platform, 0 … 1. */
  rewardFee: number
  /** A running cost per month (e.g. hardware and electricity for solo staking), in fiat or tokens. */
  fixedMonthlyCost?: { amount: number; currency: 'fiat' | 'token' }
  /** A running cost per day paid in tokens (e.g. Solana vote transactions). */
  tokenCostPerDay?: number
  /** Smallest stake the path accepts, in tokens. */
  minimumStake: number
  /** How rewards compound on this path. */
  compounding: Compounding
  /** True for the engine's defaults: illustrative assumptions, not any platform's prices. */
  illustrative: boolean
}

export type PathsInput = {
  principal: number
  apr: number
  days: number
  price?: number
  priceChange?: number
  network?: NetworkId
  /** Compounding for paths that restake (default `'daily'`). */
  compounding?: Compounding
  /** Replace the default fee models. */
  paths?: FeeModel[]
  /** A changing gross APR (a network model's path); replaces `apr` for every path. */
  ratePath?: RatePath
  /** Ethereum solo: withdrawal credentials (default `'0x01'`: rewards swept; `'0x02'` compounds). */
  credentials?: EthereumCredentials
  /**
   * Ethereum pooled: the operator's withdrawal credentials (default `POOLED_CREDENTIALS_DEFAULT`, 0x01 as
   * Lido's are); the path then earns as a share of its validators (`pooledValidatorShare`).
   */
  poolCredentials?: EthereumCredentials
}

export type PathRow = {
  id: PathId
  eligible: boolean
  /** Every reason the path is not available (empty when eligible). */
  ineligible: PathIneligibility[]
  finalBalance: number
  rewards: number
  /** Rewards before any fee, same compounding. */
  grossRewards: number
  /**
   * `rewardFee` and `fixedCosts` in tokens; fiat running costs are paid in fiat when due, so they are
   * given in fiat as paid (`fixedCostsFiat`) and in tokens at the price of each payment day.
   */
  fees: { rewardFee: number; fixedCosts: number; fixedCostsFiat: number; total: number }
  /** apr · (1 − rewardFee). */
  netApr: number
  /** (finalBalance / principal)^(365 / days) − 1, after every fee; absent when undefined. */
  effectiveAnnualReturn?: number
  /** finalBalance at price · (1 + priceChange), when a price was given. */
  finalValue?: number
  illustrative: boolean
  /** Ethereum solo and pooled rows: the validators' withdrawal credentials the row assumes. */
  credentials?: EthereumCredentials
}

const MONTH_DAYS = 365 / 12

/**
 * Default fee models: illustrative assumptions for comparing shapes of cost, not quotes from any
 * platform. Solo: no reward fee but 50 (fiat) a month for hardware, power and internet; on Ethereum a
 * 32 ETH minimum (MIN_ACTIVATION_BALANCE), with rewards compounding only under 0x02 credentials
 * (`projectEthereumValidator`); on Solana also the vote transactions, a sourced SOL-a-day cost.
 * Pooled, liquid and exchange fees come from the network profile's typical fees (10 %, 10 %, 25 % by default).
 */
export function defaultFeeModels(network?: NetworkId, compounding: Compounding = 'daily'): FeeModel[] {
  const profile = network === undefined ? undefined : NETWORK_PRESETS[network]
  const fee = (id: PathId, fallback: number) => profile?.typicalFee[id]?.value ?? fallback
  const solo: FeeModel = {
    id: 'solo',
    rewardFee: 0,
    fixedMonthlyCost: { amount: 50, currency: 'fiat' },
    minimumStake: network === 'ethereum' ? 32 : 0,
    compounding: network === 'ethereum' ? 'none' : compounding,
    illustrative: true,
  }
  if (network === 'solana') solo.tokenCostPerDay = NETWORK_PRESETS.solana.soloCosts.voteCostSolPerDay.value
  return [
    solo,
    {
      id: 'pooled',
      rewardFee: fee('pooled', 0.1),
      minimumStake: 0,
      compounding,
      illustrative: true,
    },
    {
      id: 'liquid',
      rewardFee: fee('liquid', 0.1),
      minimumStake: 0,
      compounding,
      illustrative: true,
    },
    {
      id: 'exchange',
      rewardFee: fee('exchange', 0.25),
      minimumStake: 0,
      compounding,
      illustrative: true,
    },
  ]
}

function validateModel(model: FeeModel): void {
  requireNumber('rewardFee', model.rewardFee, fractionRule('Reward fee'))
  requireNumber('minimumStake', model.minimumStake, {
    label: 'Minimum stake',
    range: { min: 0, max: 1e12 },
    message: 'Minimum stake must be between 0 and 1,000,000,000,000',
  })
  if (model.tokenCostPerDay !== undefined) {
    requireNumber('tokenCostPerDay', model.tokenCostPerDay, {
      label: 'Daily token cost',
      range: { min: 0, max: 1e9 },
      message: 'Daily token cost must be between 0 and 1,000,000,000',
    })
  }
  if (model.fixedMonthlyCost !== undefined) {
    requireNumber('fixedMonthlyCost', model.fixedMonthlyCost.amount, {
      label: 'Monthly cost',
      range: { min: 0, max: 1e9 },
      message: 'Monthly cost must be between 0 and 1,000,000,000',
    })
    if (model.fixedMonthlyCost.currency !== 'fiat' && model.fixedMonthlyCost.currency !== 'token') {
      throw new CalculatorInputError('fixedMonthlyCost', 'Monthly cost currency must be fiat or token')
    }
  }
}

/**
 * Fiat running costs in tokens at the price of each payment day: each month's cost (the last month
 * prorated) is paid at the month's start, when the price is price · (1 + change · day / days). Paying 600
 * while the price doubles costs fewer tokens each month, and stays 600 in fiat.
 */
export function fiatCostInTokens(
  monthlyFiat: number,
  days: number,
  price: number,
  priceChange: number,
): { fiat: number; tokens: number } {
  let tokens = 0
  let fiat = 0
  for (let start = 0; start < days; start += MONTH_DAYS) {
    const share = Math.min(MONTH_DAYS, days - start) / MONTH_DAYS
    const amount = monthlyFiat * share
    fiat += amount
    tokens += amount / linearPrice(price, priceChange, start, days)
  }
  return { fiat, tokens }
}

/**
 * The same principal across staking paths, each with its fee model. Rewards follow `projectStake`
 * (net APR = apr · (1 − rewardFee)), or for solo Ethereum `projectEthereumValidator` with the chosen
 * credentials, or for pooled Ethereum a share of the operator's validators under `poolCredentials`
 * (`pooledValidatorShare`). Running costs are subtracted from the final balance without compounding: token costs as
 * given, fiat costs in tokens at the price of each payment day (`fiatCostInTokens`). Rows for paths a
 * network does not offer, or below the path's minimum stake, are still computed but marked ineligible.
 */
export function compareStakingPaths(input: PathsInput): PathRow[] {
  const models = input.paths ?? defaultFeeModels(input.network, input.compounding)
  const profile = input.network === undefined ? undefined : NETWORK_PRESETS[input.network]
  if (input.network !== undefined && profile === undefined) {
    throw new CalculatorInputError('network', 'Network must be ethereum, cosmos or solana')
  }
  const poolCredentials = requirePoolCredentials(input.poolCredentials)
  return models.map((model) => {
    validateModel(model)
    const base = {
      principal: input.principal,
      apr: input.apr,
      days: input.days,
      compounding: model.compounding,
    }
    const ratePath = input.ratePath === undefined ? {} : { ratePath: input.ratePath }
    const gross = projectStake({ ...base, ...ratePath, commission: 0 })
    const net = projectStake({
      ...base,
      ...ratePath,
      commission: model.rewardFee,
      price: input.price,
      priceChange: input.priceChange,
    })
    const validator =
      model.id === 'solo' && input.network === 'ethereum' && input.principal >= 32
        ? projectEthereumValidator({
            principal: input.principal,
            credentials: input.credentials ?? '0x01',
            apr: input.apr,
            commission: model.rewardFee,
            days: input.days,
            ...ratePath,
          })
        : undefined
    const pooled =
      model.id === 'pooled' && input.network === 'ethereum'
        ? pooledValidatorShare({
            principal: input.principal,
            apr: input.apr,
            rewardFee: model.rewardFee,
            days: input.days,
            credentials: poolCredentials,
            ...ratePath,
          })
        : undefined
    const stakeFinal = validator?.finalBalance ?? pooled?.finalBalance ?? net.finalBalance
    const grossRewards = validator?.rewards ?? pooled?.grossRewards ?? gross.rewards
    const reasons: PathIneligibility[] = []
    if (
      input.network !== undefined &&
      profile !== undefined &&
      !(profile.methods as readonly string[]).includes(model.id)
    ) {
      reasons.push({ code: 'not-offered', network: input.network })
    }
    if (input.principal < model.minimumStake) {
      reasons.push({ code: 'below-minimum', minimum: model.minimumStake, principal: input.principal })
    }
    let fixedCosts = (model.tokenCostPerDay ?? 0) * input.days
    let fixedCostsFiat = 0
    const cost = model.fixedMonthlyCost
    if (cost !== undefined && cost.amount > 0) {
      if (cost.currency === 'token') fixedCosts += cost.amount * (input.days / MONTH_DAYS)
      else if (input.price !== undefined && input.price > 0) {
        const paid = fiatCostInTokens(cost.amount, input.days, input.price, input.priceChange ?? 0)
        fixedCosts += paid.tokens
        fixedCostsFiat = paid.fiat
      } else reasons.push({ code: 'price-needed' })
    }
    const finalBalance = stakeFinal - fixedCosts
    const rewardFee =
      validator !== undefined ? 0 : (pooled?.rewardFee ?? gross.finalBalance - net.finalBalance)
    const row: PathRow = {
      id: model.id,
      eligible: reasons.length === 0,
      ineligible: reasons,
      finalBalance,
      rewards: finalBalance - input.principal,
      grossRewards,
      fees: { rewardFee, fixedCosts, fixedCostsFiat, total: rewardFee + fixedCosts },
      netApr: net.netApr,
      illustrative: model.illustrative,
    }
    if (input.network === 'ethereum' && model.id === 'solo') row.credentials = input.credentials ?? '0x01'
    if (pooled !== undefined) row.credentials = poolCredentials
    if (input.principal > 0 && input.days > 0 && finalBalance > 0) {
      row.effectiveAnnualReturn = Math.exp((365 / input.days) * Math.log(finalBalance / input.principal)) - 1
    }
    if (net.fiat !== undefined) row.finalValue = finalBalance * net.fiat.endPrice
    return row
  })
}
