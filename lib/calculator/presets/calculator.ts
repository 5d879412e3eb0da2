import { cosmosStakingApr } from '../networks/cosmos'
import { ethereumConsensusApr } from '../networks/ethereum'
import { solanaStakingApr } from '../networks/solana'
import type { StakeInput } from '../types'
import { COSMOS_PROFILE } from './cosmos'
import { ETHEREUM_PROFILE } from './ethereum'
import { SOLANA_PROFILE } from './solana'
import type { NetworkId, StakingMethod } from './types'

export type CalculatorPresetKey = 'eth-solo' | 'eth-liquid' | 'cosmos-delegate' | 'solana-delegate'

export type CalculatorPreset = {
  key: CalculatorPresetKey
  label: string
  network: NetworkId
  method: StakingMethod
  /** Full calculator defaults; `apr` is the gross rate from the network's reward model. */
  input: StakeInput
  /** How `input.apr` was computed, for display next to the calculator. */
  aprExplanation: string
}

const eth = ETHEREUM_PROFILE.rewardModel
const cosmos = COSMOS_PROFILE.rewardModel
const sol = SOLANA_PROFILE.rewardModel
const ethApr = ethereumConsensusApr(eth.totalStakedEth.value)
const ethAprText = `Ideal consensus-layer APR with ${eth.totalStakedEth.value.toLocaleString('en-US')} ETH staked (as of ${eth.totalStakedEth.asOf}): ⌊64 · 10⁹ / ⌊√(S · 10⁹)⌋⌋ Gwei per ETH per epoch × 225 epochs a day × 365 days. Excludes execution-layer fees and MEV.`

/** Whole compounding periods a year for Solana's epoch rewards: 365 / epoch length, rounded. */
export const SOLANA_EPOCHS_PER_YEAR = Math.round(365 / SOLANA_PROFILE.liquidity.epochDays.value)

/**
 * Defaults for article calculators (`<ApyCalculator preset="eth-solo" />`). One year, no price; fees are
 * the profiles' illustrative assumptions. Compounding follows how each method pays out:
 * solo Ethereum rewards above 32 ETH are swept to the withdrawal address (`'none'`); a liquid staking
 * token accrues value daily; Cosmos rewards wait to be claimed (`'none'`); Solana adds rewards to the stake
 * account every epoch (the snapshot's epoch length), so 365 / epoch days times a year, rounded (the engine
 * needs a whole number of periods a year; the rounding changes a year's rewards by less than 0.0001 %).
 */
export const CALCULATOR_PRESETS: Record<CalculatorPresetKey, CalculatorPreset> = {
  'eth-solo': {
    key: 'eth-solo',
    label: 'Ethereum, solo validator',
    network: 'ethereum',
    method: 'solo',
    input: { principal: 32, apr: ethApr, commission: 0, compounding: 'none', days: 365 },
    aprExplanation: ethAprText,
  },
  'eth-liquid': {
    key: 'eth-liquid',
    label: 'Ethereum, liquid staking token',
    network: 'ethereum',
    method: 'liquid',
    input: {
      principal: 1,
      apr: ethApr,
      commission: ETHEREUM_PROFILE.typicalFee.liquid?.value ?? 0,
      compounding: 'daily',
      days: 365,
    },
    aprExplanation: ethAprText,
  },
  'cosmos-delegate': {
    key: 'cosmos-delegate',
    label: 'Cosmos Hub, delegating to a validator',
    network: 'cosmos',
    method: 'delegated',
    input: {
      principal: 100,
      apr: cosmosStakingApr({
        inflation: cosmos.inflation.value,
        bondedRatio: cosmos.bondedRatio.value,
        communityTax: cosmos.communityTax.value,
        commission: 0,
      }),
      commission: COSMOS_PROFILE.typicalFee.delegated?.value ?? 0,
      compounding: 'none',
      days: 365,
      inflation: cosmos.inflation.value,
    },
    aprExplanation: `inflation · (1 − community tax) / bonded ratio = ${cosmos.inflation.value} · (1 − ${cosmos.communityTax.value}) / ${cosmos.bondedRatio.value}, before commission.`,
  },
  'solana-delegate': {
    key: 'solana-delegate',
    label: 'Solana, delegating to a validator',
    network: 'solana',
    method: 'delegated',
    input: {
      principal: 10,
      apr: solanaStakingApr({
        inflation: sol.inflation.value,
        stakedFraction: sol.stakedFraction.value,
        commission: 0,
      }),
      commission: SOLANA_PROFILE.typicalFee.delegated?.value ?? 0,
      compounding: SOLANA_EPOCHS_PER_YEAR,
      days: 365,
      inflation: sol.inflation.value,
    },
    aprExplanation: `inflation / staked fraction = ${sol.inflation.value} / ${sol.stakedFraction.value} (as of ${sol.inflation.asOf}), before commission.`,
  },
}

export const CALCULATOR_PRESET_KEYS = Object.keys(CALCULATOR_PRESETS) as CalculatorPresetKey[]
