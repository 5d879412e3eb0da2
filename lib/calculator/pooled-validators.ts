import { CalculatorInputError } from './errors'
import { projectEthereumValidator } from './ethereum-validator'
import type { EthereumCredentials } from './ethereum-validator'
import { ETHEREUM } from './networks/ethereum'
import { SOURCES } from './presets/sources'
import type { Source } from './presets/types'
import type { RatePath } from './rate-path'

/**
 * The withdrawal credentials a pooled Ethereum path assumes unless told otherwise: 0x01. The largest set
 * of operators staking for others, Lido's, withdraws to its WithdrawalVault, whose address "corresponds
 * to the type-0x01 Lido withdrawal credentials" (Lido's contract documentation, read 2026-11-29).
 */
export const POOLED_CREDENTIALS_DEFAULT: {
  value: EthereumCredentials
  source: Source
  accessed: string
} = { value: '0x01', source: SOURCES.lidoWithdrawalVault, accessed: '2026-11-29' }

/** Checks a pooled path's credentials choice: `undefined` (the default), `'0x01'` or `'0x02'`. */
export function requirePoolCredentials(value: unknown): EthereumCredentials {
  if (value === undefined) return POOLED_CREDENTIALS_DEFAULT.value
  if (value !== '0x01' && value !== '0x02') {
    throw new CalculatorInputError('poolCredentials', 'Pool withdrawal credentials must be 0x01 or 0x02')
  }
  return value
}

export type PooledShareInput = {
  principal: number
  apr: number
  /** The pool's share of rewards, 0 … 1. */
  rewardFee: number
  days: number
  credentials: EthereumCredentials
  ratePath?: RatePath
}

/**
 * The reader's share of a pool's Ethereum validators: each validator starts at 32 ETH
 * (MIN_ACTIVATION_BALANCE) and earns as `projectEthereumValidator` models it under the operator's
 * credentials, with the pool's fee as commission; the share grows by the same factor, so any principal
 * (pools have no minimum) ends at principal · V(days) / 32. Under 0x01 the sweep pays rewards out of the
 * validators and they are counted as paid to the reader, not restaked (a pool that restakes swept rewards
 * through new deposits compounds them later, outside this model); under 0x02 they stay in the validator
 * and compound as its effective balance rises a whole ETH at a time. Hence 0x02 ≥ 0x01 for every input.
 */
export function pooledValidatorShare(input: PooledShareInput): {
  finalBalance: number
  grossRewards: number
  rewardFee: number
} {
  const unit = ETHEREUM.MIN_ACTIVATION_BALANCE_ETH
  const growth = (commission: number) =>
    projectEthereumValidator({
      principal: unit,
      credentials: input.credentials,
      apr: input.apr,
      commission,
      days: input.days,
      ...(input.ratePath === undefined ? {} : { ratePath: input.ratePath }),
    }).finalBalance / unit
  const net = growth(input.rewardFee)
  const gross = growth(0)
  return {
    finalBalance: input.principal * net,
    grossRewards: input.principal * (gross - 1),
    rewardFee: input.principal * (gross - net),
  }
}
