import type { CompoundingKind } from './compounding'
import { splitPeriods } from './growth'
import { accrual } from './rate-path'
import type { RateSegment } from './rate-path'

/** Whole periods [start, start + count) that share one growth factor ln = `lnPer` each. */
type Run = { start: number; count: number; lnPer: number; cumStart: number }

/**
 * ln(balance / principal) on any day for a piecewise-constant net rate (`segments`), with rewards accruing
 * linearly and restaked at each period end (the rule of `logGrowth`, which it equals for one segment):
 *
 * - periodic: period j covers days [365·j/n, 365·(j + 1)/n) and grows by 1 + its accrual, which is r/n
 *   when the period lies inside one segment, or Σ rate · overlap / 365 when it straddles a change of rate;
 *   the current part-period earns its accrual so far without compounding;
 * - continuous: e^(∫ rate dt); none: 1 + ∫ rate dt.
 *
 * Runs of whole periods inside one segment are summed in one multiplication, so a constant rate costs the
 * same as the closed form and a daily schedule over 100 years a few hundred microseconds.
 */
export function growthCurve(segments: readonly RateSegment[], c: CompoundingKind, maxDay: number) {
  if (c.kind !== 'periodic') {
    const before: number[] = []
    let sum = 0
    for (const s of segments) {
      before.push(sum)
      if (s.end !== Infinity) sum += s.rate * ((s.end - s.start) / 365)
    }
    return (day: number) => {
      const at = segmentAt(segments, day)
      const s = segments[at] as RateSegment
      const integral = (before[at] ?? 0) + s.rate * ((day - s.start) / 365)
      if (integral === 0) return 0
      return c.kind === 'none' ? Math.log1p(integral) : integral
    }
  }
  const n = c.n
  const dayOf = (j: number) => (365 * j) / n
  const total = splitPeriods((n * maxDay) / 365).k
  const runs: Run[] = []
  let j = 0
  let cum = 0
  let seg = 0
  while (j < total) {
    const startDay = dayOf(j)
    while (seg < segments.length - 1 && (segments[seg] as RateSegment).end <= startDay) seg += 1
    const s = segments[seg] as RateSegment
    const end = s.end === Infinity ? total : Math.min(total, splitPeriods((n * s.end) / 365).k)
    if (end > j) {
      const lnPer = Math.log1p(s.rate / n)
      runs.push({ start: j, count: end - j, lnPer, cumStart: cum })
      cum += (end - j) * lnPer
      j = end
    } else {
      const lnPer = Math.log1p(accrual(segments, startDay, dayOf(j + 1), seg))
      runs.push({ start: j, count: 1, lnPer, cumStart: cum })
      cum += lnPer
      j += 1
    }
  }

  const wholePeriods = (k: number): number => {
    if (k === 0 || runs.length === 0) return 0
    let lo = 0
    let hi = runs.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if ((runs[mid] as Run).start <= k - 1) lo = mid
      else hi = mid - 1
    }
    const run = runs[lo] as Run
    return run.cumStart + (k - run.start) * run.lnPer
  }

  return (day: number) => {
    const { k, phi } = splitPeriods((n * day) / 365)
    const whole = wholePeriods(k)
    if (phi === 0) return whole
    const startDay = dayOf(k)
    const at = segmentAt(segments, startDay)
    const s = segments[at] as RateSegment
    const partial = s.end >= day ? (s.rate / n) * phi : accrual(segments, startDay, day, at)
    return whole + Math.log1p(partial)
  }
}

/** Index of the segment containing `day` (the first whose end is after it), by binary search. */
function segmentAt(segments: readonly RateSegment[], day: number): number {
  let lo = 0
  let hi = segments.length - 1
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((segments[mid] as RateSegment).end > day) hi = mid
    else lo = mid + 1
  }
  return lo
}
