// Pure helpers for the bench's Lighthouse rounds (scripts/bench/run.mjs, measure.mjs); tested in rounds.test.ts.

/**
 * Every job once per round, rounds one after another: [job 0 round 0, job 1 round 0, …, job 0 round 1, …]. Run in
 * this order, a route and the floor it is compared with are measured minutes apart in every round, instead of one
 * route's runs all before the other's while the shared machine's load drifts.
 */
export function roundRobin(jobs, rounds) {
  if (!Number.isInteger(rounds) || rounds < 1)
    throw new RangeError(`rounds must be a whole number ≥ 1, not ${rounds}`)
  const order = []
  for (let round = 0; round < rounds; round++) for (const job of jobs) order.push({ job, round })
  return order
}

/** The middle value (the upper middle for an even count), as the bench has always reported. */
export function median(xs) {
  if (xs.length === 0) throw new RangeError('median of no values')
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
}

/** Lowest, median and highest of the runs' values. */
export function spread(xs) {
  if (xs.length === 0) throw new RangeError('spread of no values')
  return { min: Math.min(...xs), median: median(xs), max: Math.max(...xs) }
}

/**
 * The median over rounds of (a − b) within each round: a route's TBT minus the floor's measured in the same round.
 * Both lists are in round order and equally long.
 */
export function pairedMedianDelta(a, b) {
  if (a.length !== b.length || a.length === 0)
    throw new RangeError(
      `paired values need two equally long, non-empty lists (got ${a.length} and ${b.length})`,
    )
  return median(a.map((x, i) => x - b[i]))
}
