import { CALCULATOR_PRESETS, type Compounding, type NetworkId, type StakingMethod } from '@/lib/calculator'
import type { CredentialsId } from './types'

/** Why rewards do or do not compound for a method, worded by the UI. */
export type RestakeReason =
  'sweep' | 'compounding-credentials' | 'token-value' | 'epoch' | 'claim' | 'platform'

export type RestakeRule = {
  /** True when the reader can switch restaking on and off. */
  choosable: boolean
  /** The setting a new walkthrough starts with. */
  initial: boolean
  /** Compounding passed to the engine with restaking on, and off. */
  on: Compounding
  off: Compounding
  reason: RestakeReason
}

/** Solana adds rewards to the stake account every epoch: the engine preset's periods a year. */
const SOLANA_EPOCHS = CALCULATOR_PRESETS['solana-delegate'].input.compounding

/**
 * How rewards are restaked on each path:
 * - Ethereum solo, 0x01 credentials: rewards above 32 ETH are swept to the withdrawal address; never compound.
 * - Ethereum solo, 0x02 credentials (EIP-7251): rewards stay in the validator; always compound (the ledger
 *   counts them with `projectEthereumValidator`, in whole-ETH steps of effective balance).
 * - Liquid tokens and pools on Ethereum and Cosmos: the token's value grows daily; always compound.
 * - Solana native stake and stake pools: rewards join the stake each epoch; always.
 * - A Cosmos delegation: rewards wait to be claimed; the reader may claim and redelegate monthly.
 * - Exchanges: depends on the platform; the reader may choose (daily when on).
 */
export function restakeRule(
  network: NetworkId,
  method: StakingMethod,
  credentials: CredentialsId = '0x01',
): RestakeRule {
  const fixed = (on: boolean, c: Compounding, reason: RestakeReason): RestakeRule => ({
    choosable: false,
    initial: on,
    on: c,
    off: c,
    reason,
  })
  if (method === 'exchange')
    return { choosable: true, initial: true, on: 'daily', off: 'none', reason: 'platform' }
  if (network === 'solana') return fixed(true, SOLANA_EPOCHS, 'epoch')
  if (network === 'ethereum' && method === 'solo')
    return credentials === '0x02'
      ? fixed(true, 'none', 'compounding-credentials')
      : fixed(false, 'none', 'sweep')
  if (network === 'cosmos' && method === 'delegated')
    return { choosable: true, initial: false, on: 'monthly', off: 'none', reason: 'claim' }
  return fixed(true, 'daily', 'token-value')
}

export function compoundingFor(network: NetworkId, method: StakingMethod, restake: boolean): Compounding {
  const rule = restakeRule(network, method)
  return restake ? rule.on : rule.off
}
