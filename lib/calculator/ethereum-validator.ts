import { CalculatorInputError } from './errors'
import { ETHEREUM, ETHEREUM_EPOCHS_PER_DAY } from './networks/ethereum'
import { accrual, pathSegments } from './rate-path'
import type { RatePath, RateSegment } from './rate-path'
import { fractionRule, requireNumber } from './validate'

/** Withdrawal credentials: 0x01 sweeps rewards above 32 ETH; 0x02 (EIP-7251) compounds up to 2,048 ETH. */
export type EthereumCredentials = '0x01' | '0x02'

export const ETHEREUM_CREDENTIALS = ['0x01', '0x02'] as const

export type EthereumValidatorInput = {
  /** ETH deposited. 0x01: one validator per whole 32 ETH; 0x02: ⌈ETH / 2,048⌉ equal validators. */
  principal: number
  credentials: EthereumCredentials
  /** Gross consensus APR per ETH of effective balance (per 365-day year). */
  apr: number
  /** Share of rewards paid to an operator (0 for solo). */
  commission?: number
  /** A changing APR (e.g. `ethereumRatePath`); replaces `apr` when given. */
  ratePath?: RatePath
  days: number
}

export type EthereumValidatorResult = {
  credentials: EthereumCredentials
  validators: number
  /** Balance left in the validators at the end (principal that earns, plus compounded rewards). */
  validatorBalance: number
  /** Rewards paid out to the withdrawal address by the sweep (0x01 above 32 ETH; 0x02 above 2,048 ETH). */
  withdrawn: number
  /** ETH that cannot earn: a 0x01 remainder below 32 ETH. */
  idle: number
  /** validatorBalance + withdrawn + idle. */
  finalBalance: number
  rewards: number
  /** Effective balance of one validator at the end, whole ETH. */
  effectiveBalance: number
}

const UPWARD_THRESHOLD = (1 / ETHEREUM.HYSTERESIS_QUOTIENT) * ETHEREUM.HYSTERESIS_UPWARD_MULTIPLIER // 1.25 ETH

/**
 * What a validator holds after `days` under each kind of withdrawal credentials (consensus specs):
 *
 * - rewards per day are apr / 365 per ETH of *effective* balance (`get_base_reward`);
 * - `process_effective_balance_updates` (electra) runs at each epoch end: when the balance exceeds
 *   effective balance + 1.25 ETH (HYSTERESIS_INCREMENT 0.25 × UPWARD_MULTIPLIER 5), the effective balance
 *   becomes the balance rounded down to whole ETH, at most MIN_ACTIVATION_BALANCE (32 ETH) for 0x01 and
 *   MAX_EFFECTIVE_BALANCE_ELECTRA (2,048 ETH) for 0x02 (`get_max_effective_balance`);
 * - the withdrawal sweep pays out everything above that maximum (`get_expected_withdrawals`), so 0x01
 *   rewards stop earning (simple interest on 32 ETH), while 0x02 rewards join the effective balance one
 *   whole ETH at a time and compound.
 *
 * The balance grows linearly between effective-balance changes; each change is applied at the end of the
 * epoch in which the threshold is crossed. Throws `CalculatorInputError` naming the field.
 */
export function projectEthereumValidator(input: EthereumValidatorInput): EthereumValidatorResult {
  const principal = requireNumber('principal', input.principal, {
    label: 'Principal',
    range: { min: ETHEREUM.MIN_ACTIVATION_BALANCE_ETH, max: 1e12 },
    message: 'A validator needs at least 32 ETH (and at most 1,000,000,000,000)',
  })
  if (input.credentials !== '0x01' && input.credentials !== '0x02') {
    throw new CalculatorInputError('credentials', 'Withdrawal credentials must be 0x01 or 0x02')
  }
  const apr = requireNumber('apr', input.apr, {
    label: 'APR',
    range: { min: 0, max: 10 },
    message: 'APR must be between 0% and 1,000%',
  })
  const commission = requireNumber('commission', input.commission ?? 0, fractionRule('Commission'))
  const days = requireNumber('days', input.days, {
    label: 'Days',
    range: { min: 0, max: 36_500 },
    integer: true,
    message: 'Days must be a whole number from 0 to 36,500',
  })
  const segments = pathSegments(input.ratePath, apr, commission, days)

  if (input.credentials === '0x01') {
    const validators = Math.floor(principal / ETHEREUM.MIN_ACTIVATION_BALANCE_ETH)
    const staked = validators * ETHEREUM.MIN_ACTIVATION_BALANCE_ETH
    const withdrawn = staked * accrual(segments, 0, days)
    const idle = principal - staked
    return result('0x01', validators, staked, withdrawn, idle, principal, 32)
  }

  const max = ETHEREUM.MAX_EFFECTIVE_BALANCE_ELECTRA_ETH
  const validators = Math.ceil(principal / max)
  const one = compoundingValidator(principal / validators, segments, days, max)
  return result(
    '0x02',
    validators,
    one.balance * validators,
    one.withdrawn * validators,
    0,
    principal,
    one.effective,
  )
}

function result(
  credentials: EthereumCredentials,
  validators: number,
  validatorBalance: number,
  withdrawn: number,
  idle: number,
  principal: number,
  effectiveBalance: number,
): EthereumValidatorResult {
  const finalBalance = validatorBalance + withdrawn + idle
  return {
    credentials,
    validators,
    validatorBalance,
    withdrawn,
    idle,
    finalBalance,
    rewards: finalBalance - principal,
    effectiveBalance,
  }
}

/** One 0x02 validator, event by event: linear growth at rate · EB, EB steps at epoch ends. */
function compoundingValidator(start: number, segments: readonly RateSegment[], days: number, max: number) {
  let balance = start
  let effective = Math.min(Math.floor(start), max)
  let withdrawn = 0
  let t = 0
  let seg = 0
  const nextEpochAfter = (day: number) =>
    (Math.floor(day * ETHEREUM_EPOCHS_PER_DAY) + 1) / ETHEREUM_EPOCHS_PER_DAY
  while (t < days) {
    while (seg < segments.length - 1 && (segments[seg] as RateSegment).end <= t) seg += 1
    if (effective >= max) {
      // At the cap every further reward is swept out (`get_expected_withdrawals`, partial withdrawals).
      withdrawn += balance - max + max * accrual(segments, t, days, seg)
      balance = max
      break
    }
    const s = segments[seg] as RateSegment
    const segmentEnd = Math.min(s.end, days)
    const perDay = (effective * s.rate) / 365
    const need = effective + UPWARD_THRESHOLD - balance
    if (perDay <= 0 || t + need / perDay >= segmentEnd) {
      balance += perDay * (segmentEnd - t)
      t = segmentEnd
      continue
    }
    const update = Math.min(days, nextEpochAfter(t + Math.max(0, need) / perDay))
    balance += effective * accrual(segments, t, update, seg)
    t = update
    if (balance > effective + UPWARD_THRESHOLD) effective = Math.min(Math.floor(balance), max)
  }
  return { balance, withdrawn, effective }
}
