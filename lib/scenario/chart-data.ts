import { projectStake } from '@/lib/calculator'
import { scenarioToStakeInput } from './stake-input'
import type { Scenario } from './types'

/** At most this many points in the balance chart and its table (the engine's series has up to 400). */
export const CHART_POINTS = 61

export type BalancePoint = {
  day: number
  principal: number
  /** Compounded rewards on that day (balance − principal). */
  rewards: number
  balance: number
  /** The balance with rewards not restaked (the engine's `'none'` schedule), for comparison. */
  simple: number
}

/**
 * Balance over time with and without compounding, from two engine projections on the same days, thinned to
 * `CHART_POINTS` evenly spaced points (always keeping the first and last day).
 */
export function balancePoints(s: Scenario): BalancePoint[] {
  const input = scenarioToStakeInput(s)
  const compounded = projectStake(input).series
  const simple = projectStake({ ...input, compounding: 'none' }).series
  const count = Math.min(CHART_POINTS, compounded.length)
  const indexes =
    count <= 1
      ? [0]
      : Array.from({ length: count }, (_, i) => Math.round((i * (compounded.length - 1)) / (count - 1)))
  return indexes.flatMap((i) => {
    const point = compounded[i]
    const flat = simple[i]
    if (point === undefined || flat === undefined) return []
    return [
      {
        day: point.day,
        principal: s.amount,
        rewards: point.rewards,
        balance: point.balance,
        simple: flat.balance,
      },
    ]
  })
}

/** Rewards below this share of the principal would be a sliver on an axis from zero. */
const SLIVER = 0.5

/**
 * Where the chart's value axis starts: at the principal when the rewards are small beside it (so they fill
 * the chart instead of a sliver on top of the principal), otherwise at zero. The chart says so when it is not
 * zero.
 */
export function valueAxisStart(points: readonly BalancePoint[]): number {
  const first = points[0]
  if (first === undefined || first.principal <= 0) return 0
  const low = Math.min(...points.map((p) => Math.min(p.balance, p.simple)))
  const high = Math.max(...points.map((p) => Math.max(p.balance, p.simple)))
  if (low < first.principal || high - first.principal >= SLIVER * first.principal) return 0
  return first.principal
}
