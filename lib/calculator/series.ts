/** Charts and tables never get more points than this, however long the horizon. */
export const MAX_SERIES_POINTS = 400

/**
 * Evenly spaced whole days from 0 to `days` inclusive: every day when that is at most
 * `MAX_SERIES_POINTS` points, otherwise `MAX_SERIES_POINTS` points at round(i · days / (points − 1)).
 * The spacing is then at least one day, so the days are strictly increasing.
 */
export function seriesDays(days: number): number[] {
  if (days + 1 <= MAX_SERIES_POINTS) return Array.from({ length: days + 1 }, (_, i) => i)
  const step = days / (MAX_SERIES_POINTS - 1)
  return Array.from({ length: MAX_SERIES_POINTS }, (_, i) => Math.round(i * step))
}

/**
 * Price on `day` when it moves in a straight line from `start` to `start · (1 + change)` over `days`.
 * Linear (not exponential) so that a −100 % move reaches exactly 0 without passing through negatives.
 */
export function linearPrice(start: number, change: number, day: number, days: number): number {
  if (days === 0) return start * (1 + change)
  return start * (1 + change * (day / days))
}
