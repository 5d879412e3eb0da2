import { CalculatorInputError } from './errors'
import { RANGES } from './ranges'
import { requireNumber } from './validate'

/**
 * A gross APR that changes over time (before commission, like `StakeInput.apr`).
 *
 * - `schedule`: `aprs[i]` applies to days [i·stepDays, (i + 1)·stepDays); the last rate holds afterwards.
 *   Network models produce these (one rate per day, epoch or year).
 * - `function`: `aprAt(years)` is sampled at the start of every step of `stepDays` (default 1 day).
 */
export type RatePath =
  | { kind: 'schedule'; stepDays: number; aprs: readonly number[] }
  | { kind: 'function'; aprAt: (years: number) => number; stepDays?: number }

/** A stretch of days [start, end) with one net annual rate; the last segment ends at `Infinity`. */
export type RateSegment = { start: number; end: number; rate: number }

/** At most this many steps in a schedule (a daily schedule for 100 years has 36,500). */
export const MAX_PATH_STEPS = 200_000

const APR_RULE = {
  label: 'Rate path APR',
  range: RANGES.apr,
  message: 'Every APR in the rate path must be between 0% and 1,000%',
}

function stepDaysOf(path: RatePath): number {
  return requireNumber('ratePath', path.stepDays ?? 1, {
    label: 'Rate path step',
    range: { min: 1 / 1440, max: RANGES.days.max },
    minExclusive: false,
    message: 'Rate path steps must last between one minute and 36,500 days',
  })
}

/** Gross APRs of the path, one per step, covering at least `days` (validated; field `ratePath`). */
export function pathAprs(path: RatePath, days: number): { stepDays: number; aprs: number[] } {
  if (path === null || typeof path !== 'object' || (path.kind !== 'schedule' && path.kind !== 'function')) {
    throw new CalculatorInputError('ratePath', 'Rate path must be a schedule or a function of time')
  }
  const stepDays = stepDaysOf(path)
  let aprs: number[]
  if (path.kind === 'schedule') {
    if (!Array.isArray(path.aprs) || path.aprs.length === 0 || path.aprs.length > MAX_PATH_STEPS) {
      throw new CalculatorInputError(
        'ratePath',
        `A rate schedule needs between 1 and ${MAX_PATH_STEPS.toLocaleString('en-US')} rates`,
      )
    }
    aprs = [...path.aprs]
  } else {
    if (typeof path.aprAt !== 'function') {
      throw new CalculatorInputError('ratePath', 'Rate path function must be a function of years')
    }
    const steps = Math.max(1, Math.ceil(days / stepDays))
    if (steps > MAX_PATH_STEPS) {
      throw new CalculatorInputError('ratePath', 'Rate path steps are too short for this many days')
    }
    aprs = Array.from({ length: steps }, (_, i) => path.aprAt((i * stepDays) / 365))
  }
  for (const apr of aprs) {
    if (typeof apr !== 'number' || !(apr >= APR_RULE.range.min && apr <= APR_RULE.range.max)) {
      throw new CalculatorInputError('ratePath', APR_RULE.message)
    }
  }
  return { stepDays, aprs }
}

/**
 * Net-rate segments of a path (gross APR · (1 − commission)), consecutive equal rates merged, the last one
 * open-ended. A constant path is one segment, exactly like a constant APR.
 */
export function pathSegments(
  path: RatePath | undefined,
  apr: number,
  commission: number,
  days: number,
): RateSegment[] {
  const keep = 1 - commission
  if (path === undefined) return [{ start: 0, end: Infinity, rate: apr * keep }]
  const { stepDays, aprs } = pathAprs(path, days)
  const segments: RateSegment[] = []
  aprs.forEach((gross, i) => {
    const rate = gross * keep
    const last = segments[segments.length - 1]
    if (last !== undefined && last.rate === rate) last.end = (i + 1) * stepDays
    else segments.push({ start: i * stepDays, end: (i + 1) * stepDays, rate })
  })
  const last = segments[segments.length - 1]
  if (last !== undefined) last.end = Infinity
  return segments
}

/** Mean gross APR of each whole or part year of the horizon (year 1 first), for "year 1: 6.9 %". */
export function yearlyMeanAprs(path: RatePath, days: number): number[] {
  const segments = pathSegments(path, 0, 0, days)
  const years: number[] = []
  let from = 0
  for (let start = 0; start < days || (days === 0 && start === 0); start += 365) {
    const end = Math.max(start + 1e-9, Math.min(days, start + 365))
    while (from < segments.length - 1 && (segments[from] as RateSegment).end <= start) from += 1
    years.push(accrual(segments, start, end, from) * (365 / (end - start)))
  }
  return years
}

/** Σ rate · overlap / 365 over [d0, d1): the simple-interest accrual of one unit between two days. */
export function accrual(segments: readonly RateSegment[], d0: number, d1: number, from = 0): number {
  let sum = 0
  for (let i = Math.max(0, from); i < segments.length; i += 1) {
    const s = segments[i] as RateSegment
    if (s.start >= d1) break
    if (s.end <= d0) continue
    sum += s.rate * ((Math.min(d1, s.end) - Math.max(d0, s.start)) / 365)
  }
  return sum
}
