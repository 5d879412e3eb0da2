import { compoundingKind } from './compounding'
import { CalculatorInputError } from './errors'
import { DAYS_PER_YEAR, assertGrowthFits, logGrowth } from './growth'
import { mulberry32, quantile } from './prng'
import { yearlyMeanAprs } from './rate-path'
import { assertStakeInput } from './stake-input'
import type { StakeInput } from './types'
import type { OutcomeAssumption } from './projection-assumptions'
import { fractionRule, requireNumber } from './validate'

export type OutcomeInput = StakeInput & {
  /** Each year's APR is apr + a uniform draw from [min, max] (absolute, e.g. −0.01 … 0.01), floored at 0. */
  aprDrift?: { min: number; max: number }
  /** Share of the time the validator is up, 0 … 1; rewards scale with it (default 1). */
  uptime?: number
  /** Each year a slashing event happens with `annualProbability`, removing `fraction` of the stake then. */
  slashing?: { annualProbability: number; fraction: number }
  /** Range for the final token price, drawn log-uniformly (default: price · (1 + priceChange) when given). */
  priceRange?: { min: number; max: number }
  /** Simulated paths, 1 … 100,000 (default 10,000). */
  paths?: number
  /** Seed for the generator, a whole number (default 1). */
  seed?: number
}

export type OutcomeSummary = { p10: number; p50: number; p90: number; mean: number; min: number; max: number }

export type OutcomeRange = OutcomeSummary & {
  /** The same summary in fiat, when a price or price range was given. */
  fiat?: OutcomeSummary
  /** Share of paths ending with fewer tokens than the principal. */
  probabilityOfLoss: number
  /** Share of paths with at least one slashing event. */
  slashedShare: number
  paths: number
  seed: number
  /** What the simulation assumes, as ids and numbers (the UI words them: `outcomeAssumptionText`). */
  assumptions: OutcomeAssumption[]
}

/** Neumaier's compensated sum: the rounding error of each addition is carried, not lost. */
function compensatedSum(values: Float64Array): number {
  let sum = 0
  let carry = 0
  for (const v of values) {
    const t = sum + v
    carry += Math.abs(sum) >= Math.abs(v) ? sum - t + v : v - t + sum
    sum = t
  }
  return sum + carry
}

function summarize(values: Float64Array): OutcomeSummary {
  const sum = compensatedSum(values)
  values.sort()
  const min = values[0] ?? 0
  const max = values[values.length - 1] ?? 0
  return {
    p10: quantile(values, 0.1),
    p50: quantile(values, 0.5),
    p90: quantile(values, 0.9),
    // The exact mean lies in [min, max]; the clamp keeps the last rounding of the division there too.
    mean: Math.min(max, Math.max(min, sum / values.length)),
    min,
    max,
  }
}

function readOptions(input: OutcomeInput) {
  const drift = input.aprDrift ?? { min: 0, max: 0 }
  const driftRule = {
    label: 'APR drift',
    range: { min: -10, max: 10 },
    message: 'APR drift must be between −1,000% and +1,000%',
  }
  const driftMin = requireNumber('aprDrift', drift.min, driftRule)
  const driftMax = requireNumber('aprDrift', drift.max, driftRule)
  if (driftMin > driftMax)
    throw new CalculatorInputError('aprDrift', 'APR drift minimum must not be above its maximum')
  const uptime = requireNumber('uptime', input.uptime ?? 1, fractionRule('Uptime'))
  const slashing = input.slashing ?? { annualProbability: 0, fraction: 0 }
  const pSlash = requireNumber('slashing', slashing.annualProbability, fractionRule('Slashing probability'))
  const slashFraction = requireNumber('slashing', slashing.fraction, fractionRule('Slashed fraction'))
  const paths = requireNumber('paths', input.paths ?? 10_000, {
    label: 'Paths',
    range: { min: 1, max: 100_000 },
    integer: true,
    message: 'Paths must be a whole number from 1 to 100,000',
  })
  const seed = requireNumber('seed', input.seed ?? 1, {
    label: 'Seed',
    range: { min: 0, max: 2 ** 32 - 1 },
    integer: true,
    message: 'Seed must be a whole number from 0 to 4,294,967,295',
  })
  let priceRange: { min: number; max: number } | undefined
  if (input.priceRange !== undefined) {
    const rule = {
      label: 'Price range',
      range: { min: 0, max: 1e9 },
      minExclusive: true,
      message: 'Price range must be above 0 and at most 1,000,000,000',
    }
    priceRange = {
      min: requireNumber('priceRange', input.priceRange.min, rule),
      max: requireNumber('priceRange', input.priceRange.max, rule),
    }
    if (priceRange.min > priceRange.max)
      throw new CalculatorInputError('priceRange', 'Price range minimum must not be above its maximum')
  }
  return { driftMin, driftMax, uptime, pSlash, slashFraction, paths, seed, priceRange }
}

/**
 * Seeded Monte Carlo range of the final value (P10 / P50 / P90). Model, per path and per year (the last,
 * partial year counts pro rata):
 * - APR_y = max(0, base_y + U(aprDrift.min, aprDrift.max)), where base_y is `apr`, or with a `ratePath`
 *   the path's mean gross APR in year y; net rate = APR_y · (1 − commission) · uptime;
 * - the year's growth follows `compounding` exactly as `projectStake` does; with `'none'` rewards pile up
 *   beside the stake and are never slashed;
 * - slashing: a Bernoulli event with probability 1 − (1 − p)^(year fraction) removes `fraction` of the stake
 *   at that time (a loss of principal, not a rate cut);
 * - fiat: one final price per path, log-uniform in `priceRange` (equal odds of halving and doubling), or
 *   price · (1 + priceChange) when only a price is given.
 * Deterministic for a given seed (mulberry32).
 */
export function simulateOutcomes(input: OutcomeInput): OutcomeRange {
  assertStakeInput(input)
  const o = readOptions(input)
  const kind = compoundingKind(input.compounding)
  const years = input.days / DAYS_PER_YEAR
  const yearly = input.ratePath === undefined ? [input.apr] : yearlyMeanAprs(input.ratePath, input.days)
  const baseApr = (year: number) => yearly[Math.min(year, yearly.length - 1)] ?? input.apr
  const worstRate = Math.max(0, Math.max(...yearly) + o.driftMax) * (1 - input.commission) * o.uptime
  assertGrowthFits(logGrowth(worstRate, kind, years))

  const segments: number[] = []
  for (let left = years; left > 1e-12; left -= 1) segments.push(Math.min(1, left))
  const random = mulberry32(o.seed)
  const tokens = new Float64Array(o.paths)
  const fiat = input.price !== undefined || o.priceRange !== undefined ? new Float64Array(o.paths) : undefined
  const fixedPrice = (input.price ?? 0) * (1 + (input.priceChange ?? 0))
  const logMin = o.priceRange ? Math.log(o.priceRange.min) : 0
  const logSpan = o.priceRange ? Math.log(o.priceRange.max) - logMin : 0
  const rateScale = (1 - input.commission) * o.uptime
  let losses = 0
  let slashedPaths = 0

  for (let path = 0; path < o.paths; path += 1) {
    let staked = input.principal
    let unstakedRewards = 0
    let slashed = false
    for (let year = 0; year < segments.length; year += 1) {
      const t = segments[year] as number
      const apr = Math.max(0, baseApr(year) + o.driftMin + (o.driftMax - o.driftMin) * random())
      const rate = apr * rateScale
      if (kind.kind === 'none') unstakedRewards += staked * rate * t
      else staked *= Math.exp(logGrowth(rate, kind, t))
      const pEvent = t === 1 ? o.pSlash : 1 - Math.pow(1 - o.pSlash, t)
      if (random() < pEvent) {
        staked *= 1 - o.slashFraction
        slashed = true
      }
    }
    const final = staked + unstakedRewards
    tokens[path] = final
    if (final < input.principal) losses += 1
    if (slashed) slashedPaths += 1
    if (fiat) fiat[path] = final * (o.priceRange ? Math.exp(logMin + logSpan * random()) : fixedPrice)
  }

  const result: OutcomeRange = {
    ...summarize(tokens),
    probabilityOfLoss: losses / o.paths,
    slashedShare: slashedPaths / o.paths,
    paths: o.paths,
    seed: o.seed,
    assumptions: [
      { id: 'apr-drift' },
      { id: 'uptime' },
      { id: 'slashing-chance' },
      { id: 'price', kind: o.priceRange ? 'range' : 'fixed' },
      { id: 'paths', paths: o.paths, seed: o.seed },
    ],
  }
  if (fiat) result.fiat = summarize(fiat)
  return result
}
