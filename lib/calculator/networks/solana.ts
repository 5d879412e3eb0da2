import { HORIZON_DAYS_RULE, fractionRule, positiveShareRule, requireNumber } from '../validate'
import { RANGES } from '../ranges'
import type { RatePath } from '../rate-path'

/**
 * Solana's inflation schedule, from agave `sdk/src/inflation.rs` (solana-labs/solana, anza-xyz/agave):
 * DEFAULT_INITIAL 0.08, DEFAULT_TAPER 0.15, DEFAULT_TERMINAL 0.015, and
 * `total(year) = max(terminal, initial · (1 − taper)^year)` with `year` an f64.
 */
export const SOLANA_INFLATION = { initial: 0.08, taper: 0.15, terminal: 0.015 } as const

/**
 * Slots in Solana's inflation year: SECONDS_PER_YEAR = 365.242199 · 86,400 (`sdk/src/timing.rs`) at 160
 * ticks a second and 64 ticks a slot (0.4 s slots), i.e. 31,556,925.99 s / 0.4 s = 78,892,314.98 slots.
 */
export const SOLANA_SLOTS_PER_YEAR = (365.242_199 * 24 * 60 * 60 * 160) / 64

/** DEFAULT_SLOTS_PER_EPOCH in `sdk/program/src/clock.rs`: 432,000 slots (two days at 0.4 s a slot). */
export const SOLANA_SLOTS_PER_EPOCH = 432_000

/**
 * Full inflation was activated on mainnet-beta at epoch 150; agave's `Bank::get_inflation_num_slots`
 * starts counting at the first slot of the epoch before activation, so epoch 149.
 */
export const SOLANA_INFLATION_START_EPOCH = 149

/**
 * Annual inflation rate `yearsSinceStart` years into the schedule: max(1.5 %, 8 % · 0.85^y).
 *
 * `y` is fractional and the taper is continuous, exactly as agave evaluates it every epoch:
 * `Bank::slot_in_year_for_inflation` = slots since the start / slots per year as an f64, passed to
 * `Inflation::total(year)` (`runtime/src/bank.rs`, `sdk/src/inflation.rs`). It is not stepped yearly.
 * Note that Solana's "year" is counted in 0.4 s slots; real slots are slower, so it runs behind calendar
 * years (use `solanaInflationYears(epoch)` to get it from an epoch number).
 */
export function solanaInflationRate(yearsSinceStart: number): number {
  const years = requireNumber('yearsSinceStart', yearsSinceStart, {
    label: 'Years since inflation start',
    range: RANGES.years,
    message: 'Years since inflation start must be between 0 and 1,000',
  })
  const { initial, taper, terminal } = SOLANA_INFLATION
  return Math.max(terminal, initial * Math.pow(1 - taper, years))
}

/**
 * Solana's inflation year at the start of `epoch`: (epoch − 149) · 432,000 / 78,892,314.98 (agave
 * `Bank::slot_in_year_for_inflation`). Epoch 741 → 3.2417 years → 4.7238 %, matching the
 * `getInflationRate` RPC answer for that epoch (0.047237663454945594).
 */
export function solanaInflationYears(epoch: number): number {
  const e = requireNumber('epoch', epoch, {
    label: 'Epoch',
    range: { min: SOLANA_INFLATION_START_EPOCH, max: 1e9 },
    integer: true,
    message: 'Epoch must be a whole number from 149 (the start of inflation)',
  })
  return ((e - SOLANA_INFLATION_START_EPOCH) * SOLANA_SLOTS_PER_EPOCH) / SOLANA_SLOTS_PER_YEAR
}

export type SolanaAprInput = {
  /** Annual inflation rate, e.g. from `solanaInflationRate`. */
  inflation: number
  /** Staked SOL / total supply, in (0, 1]. */
  stakedFraction: number
  /** The validator's commission, in [0, 1]. */
  commission: number
}

/**
 * Approximate staking yield: inflation / stakedFraction · (1 − commission). All inflation goes to stakers
 * (the foundation share is 0 on mainnet, `Inflation::full`), spread over the staked share of supply; the
 * validator keeps its commission ("Staking Yield" in the Solana docs, `docs/src/inflation/terminology.md`).
 * Ignores vote-credit differences between validators, fees, MEV and stake still warming up.
 */
export function solanaStakingApr(input: SolanaAprInput): number {
  const inflation = requireNumber('inflation', input.inflation, {
    label: 'Inflation',
    range: RANGES.inflation,
    message: 'Inflation must be between 0% and 1,000%',
  })
  const staked = requireNumber('stakedFraction', input.stakedFraction, positiveShareRule('Staked fraction'))
  const commission = requireNumber('commission', input.commission, fractionRule('Commission'))
  return (inflation / staked) * (1 - commission)
}

export type SolanaRatePathInput = {
  /** The epoch the path starts at (inflation is read from the schedule there), 149 or later. */
  startEpoch: number
  /** Staked SOL / total supply, held for the whole horizon, in (0, 1]. */
  stakedFraction: number
  /** Calendar days an epoch lasts (a dated figure: about 2 today). */
  epochDays: number
  /** Days the path must cover. */
  days: number
}

/**
 * Gross staking APR epoch by epoch as inflation tapers: APR_e = max(1.5 %, 8 % · 0.85^y(e)) / stakedFraction,
 * with y(e) the network's own inflation-year at epoch e (`solanaInflationYears`), one step per epoch of
 * `epochDays` calendar days. The staked share is held; commission is applied by the projection.
 * e.g. from epoch 662 (5.07 % inflation) with 65 % staked: 7.80 % in the first epoch, 1.5 % / 0.65 = 2.31 %
 * once the floor is reached.
 */
export function solanaRatePath(input: SolanaRatePathInput): RatePath {
  const start = requireNumber('startEpoch', input.startEpoch, {
    label: 'Start epoch',
    range: { min: SOLANA_INFLATION_START_EPOCH, max: 1e7 },
    integer: true,
    message: 'Start epoch must be a whole number from 149 (the start of inflation)',
  })
  const staked = requireNumber('stakedFraction', input.stakedFraction, positiveShareRule('Staked fraction'))
  const epochDays = requireNumber('epochDays', input.epochDays, {
    label: 'Epoch length',
    range: { min: 0.1, max: 30 },
    message: 'Epoch length must be between 0.1 and 30 days',
  })
  const days = requireNumber('days', input.days, HORIZON_DAYS_RULE)
  const steps = Math.max(1, Math.ceil(days / epochDays))
  const { initial, taper, terminal } = SOLANA_INFLATION
  const aprs: number[] = []
  for (let i = 0; i < steps; i += 1) {
    // the same expression as solanaInflationRate(solanaInflationYears(start + i)), without re-validating
    const years =
      ((start + i - SOLANA_INFLATION_START_EPOCH) * SOLANA_SLOTS_PER_EPOCH) / SOLANA_SLOTS_PER_YEAR
    const inflation = Math.max(terminal, initial * Math.pow(1 - taper, years))
    aprs.push(inflation / staked)
    // Once at the terminal rate it stays there: the schedule's last rate holds for the rest.
    if (inflation === terminal) break
  }
  return { kind: 'schedule', stepDays: epochDays, aprs }
}
