import {
  CALCULATOR_PRESETS,
  ETHEREUM,
  NETWORK_PRESETS,
  type NetworkId,
  type StakingMethod,
} from '@/lib/calculator'
import { SIMULATED_BALANCE, SOLANA_RENT_RESERVE, TOKEN_DECIMALS, TRANSACTION_FEE } from './scenario'
import type { AmountProblem, CredentialsId } from './types'

export type AmountCheck = { ok: true; value: number; text: string } | { ok: false; problem: AmountProblem }

/** Longest amount text kept (longer input is cut before it reaches the URL). */
export const MAX_AMOUNT_LENGTH = 40

const PLAIN = /^(\d+)(?:\.(\d*))?$/
const GROUPED = /^(\d{1,3}(?:,\d{3})+)(?:\.(\d*))?$/
const FRACTION_ONLY = /^\.(\d+)$/

/** Fee the reader pays on the network to stake (and again to unstake); nothing for a custodial platform. */
export function transactionFee(network: NetworkId, method: StakingMethod): number {
  return method === 'exchange' ? 0 : TRANSACTION_FEE[network].value
}

/** Tokens locked besides the stake: a Solana stake account's rent-exempt reserve. */
export function reserveFor(network: NetworkId, method: StakingMethod): number {
  return network === 'solana' && (method === 'delegated' || method === 'solo') ? SOLANA_RENT_RESERVE.value : 0
}

/** The most the reader can stake from the simulated balance, after the fee and any reserve. */
export function availableToStake(network: NetworkId, method: StakingMethod): number {
  return SIMULATED_BALANCE[network] - transactionFee(network, method) - reserveFor(network, method)
}

/** The method's minimum from the engine's preset (0 when the protocol sets none). */
export function minimumStake(network: NetworkId, method: StakingMethod): number {
  return NETWORK_PRESETS[network].minimumStake[method]?.value ?? 0
}

/**
 * The most one solo Ethereum validator stakes effectively under its withdrawal credentials (Electra,
 * `get_max_effective_balance`): 0x01 counts 32 ETH (MIN_ACTIVATION_BALANCE; anything above is swept back
 * to the withdrawal address and earns nothing); 0x02 compounds up to 2,048 ETH
 * (MAX_EFFECTIVE_BALANCE_ELECTRA). `null` on every other path.
 */
export function effectiveMaximum(
  network: NetworkId,
  method: StakingMethod,
  credentials: CredentialsId,
): number | null {
  if (network !== 'ethereum' || method !== 'solo') return null
  return credentials === '0x02'
    ? ETHEREUM.MAX_EFFECTIVE_BALANCE_ELECTRA_ETH
    : ETHEREUM.MIN_ACTIVATION_BALANCE_ETH
}

function aboveEffective(value: number, credentials: CredentialsId, maximum: number): AmountProblem {
  if (credentials === '0x02') return { code: 'amount-above-0x02', maximum }
  return {
    code: 'amount-above-0x01',
    effective: maximum,
    excess: value - maximum,
    validators: Math.floor(value / maximum),
  }
}

/** Splits typed text into whole and fraction digits, or null when it is not a plain decimal. */
function digits(text: string): { whole: string; fraction: string } | null {
  const plain = PLAIN.exec(text) ?? GROUPED.exec(text)
  if (plain) return { whole: (plain[1] ?? '0').replaceAll(',', ''), fraction: plain[2] ?? '' }
  const frac = FRACTION_ONLY.exec(text)
  return frac ? { whole: '0', fraction: frac[1] ?? '' } : null
}

/**
 * −1, 0 or 1 as the typed decimal `whole.fraction` is below, at or above `bound`. Whole-number bounds (32,
 * 2,048 ETH) compare digit by digit, so 31.999999999999999999 ETH (which is 32 as a float) stays below 32;
 * other bounds compare as numbers. `fraction` has no trailing zeros.
 */
function compareDecimal(whole: string, fraction: string, value: number, bound: number): number {
  if (!Number.isSafeInteger(bound)) return Math.sign(value - bound)
  const w = BigInt(whole)
  const b = BigInt(bound)
  if (w !== b) return w < b ? -1 : 1
  return fraction === '' ? 0 : 1
}

/**
 * Checks an amount typed by the reader: a plain decimal (1000, 1,000.5, .25), at most as many decimals
 * as the token has, more than zero, at least the method's minimum (32 ETH for a solo validator), at most
 * what one solo validator stakes effectively under its credentials (`effectiveMaximum`: 32 ETH with 0x01,
 * 2,048 ETH with 0x02) and at most the simulated balance after fees. Returns the number and its canonical
 * text ("1,000.50" → "1000.5"), or the first problem. Never throws.
 */
export function checkAmount(
  raw: string,
  network: NetworkId,
  method: StakingMethod,
  credentials: CredentialsId = '0x01',
): AmountCheck {
  const text = raw.trim().slice(0, MAX_AMOUNT_LENGTH)
  if (text === '') return { ok: false, problem: { code: 'amount-empty' } }
  const parts = digits(text)
  if (parts === null) return { ok: false, problem: { code: 'amount-not-number' } }
  const fraction = parts.fraction.replace(/0+$/, '')
  const decimals = TOKEN_DECIMALS[network]
  if (fraction.length > decimals) return { ok: false, problem: { code: 'amount-decimals', decimals } }
  const whole = parts.whole.replace(/^0+(?=\d)/, '')
  const canonical = fraction === '' ? whole : `${whole}.${fraction}`
  const value = Number(canonical)
  if (!Number.isFinite(value)) return { ok: false, problem: { code: 'amount-not-number' } }
  if (value === 0) return { ok: false, problem: { code: 'amount-zero' } }
  const minimum = minimumStake(network, method)
  const sign = (bound: number) => compareDecimal(whole, fraction, value, bound)
  if (sign(minimum) < 0) return { ok: false, problem: { code: 'amount-below-minimum', minimum } }
  const maximum = effectiveMaximum(network, method, credentials)
  if (maximum !== null && sign(maximum) > 0)
    return { ok: false, problem: aboveEffective(value, credentials, maximum) }
  const available = availableToStake(network, method)
  if (value > available) return { ok: false, problem: { code: 'amount-above-balance', available } }
  return { ok: true, value, text: canonical }
}

/** A valid amount to prefill the form with: 32 ETH for solo, otherwise the engine preset's example stake. */
export function suggestedAmount(network: NetworkId, method: StakingMethod): string {
  if (network === 'ethereum' && method === 'solo') return String(minimumStake(network, method))
  const examples: Record<NetworkId, number> = {
    ethereum: CALCULATOR_PRESETS['eth-liquid'].input.principal,
    cosmos: CALCULATOR_PRESETS['cosmos-delegate'].input.principal,
    solana: CALCULATOR_PRESETS['solana-delegate'].input.principal,
  }
  return String(Math.min(examples[network], Math.floor(availableToStake(network, method))))
}
