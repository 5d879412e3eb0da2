import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { median, pairedMedianDelta, roundRobin, spread } from './rounds.mjs'

describe('roundRobin', () => {
  it('runs every job once per round, round after round', () => {
    expect(roundRobin(['article', 'floor'], 3)).toEqual([
      { job: 'article', round: 0 },
      { job: 'floor', round: 0 },
      { job: 'article', round: 1 },
      { job: 'floor', round: 1 },
      { job: 'article', round: 2 },
      { job: 'floor', round: 2 },
    ])
  })

  it('refuses a number of rounds that is not a whole number ≥ 1', () => {
    expect(() => roundRobin(['a'], 0)).toThrow(/rounds must be a whole number ≥ 1, not 0/)
    expect(() => roundRobin(['a'], 2.5)).toThrow(RangeError)
    expect(() => roundRobin(['a'], Number.NaN)).toThrow(RangeError)
  })

  it('gives each job exactly `rounds` runs, and finishes a round before the next starts', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string(), { maxLength: 8 }),
        fc.integer({ min: 1, max: 6 }),
        (jobs, rounds) => {
          const order = roundRobin(jobs, rounds)
          expect(order).toHaveLength(jobs.length * rounds)
          for (const job of jobs)
            expect(order.filter((o) => o.job === job).map((o) => o.round)).toEqual([...Array(rounds).keys()])
          const inOrder = order.map((o) => o.round)
          expect(inOrder).toEqual([...inOrder].sort((a, b) => a - b))
        },
      ),
    )
  })
})

describe('median and spread', () => {
  it('take the middle value, the upper one of an even count, as the bench always has', () => {
    expect(median([399, 233, 531])).toBe(399)
    expect(median([4, 1, 3, 2])).toBe(3)
    expect(spread([202, 504, 402, 417, 295])).toEqual({ min: 202, median: 402, max: 504 })
  })

  it('refuse an empty list rather than answer undefined or NaN', () => {
    expect(() => median([])).toThrow(/median of no values/)
    expect(() => spread([])).toThrow(/spread of no values/)
  })

  it('order min ≤ median ≤ max, the median one of the values', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true, min: -1e6, max: 1e6 }), { minLength: 1 }), (xs) => {
        const s = spread(xs)
        expect(s.min).toBeLessThanOrEqual(s.median)
        expect(s.median).toBeLessThanOrEqual(s.max)
        expect(xs).toContain(s.median)
      }),
    )
  })
})

describe('pairedMedianDelta', () => {
  it('compares each round with the same round, not medians with medians', () => {
    // The machine's load drifts between rounds, and both pages with it. Within a round the route is 100 ms over
    // the floor twice and 150 ms under once: 100. Medians taken apart (500 and 600) would say it is 100 ms under.
    const route = [300, 700, 500]
    const floor = [200, 600, 650]
    expect(pairedMedianDelta(route, floor)).toBe(100)
    expect(median(route) - median(floor)).toBe(-100)
  })

  it('refuses lists of different lengths or empty ones', () => {
    expect(() => pairedMedianDelta([1, 2], [1])).toThrow(/equally long, non-empty lists \(got 2 and 1\)/)
    expect(() => pairedMedianDelta([], [])).toThrow(RangeError)
  })

  it('is zero for a route against itself and shifts with a constant added to every round', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: 1, maxLength: 9 }),
        fc.integer({ min: -500, max: 500 }),
        (xs, c) => {
          expect(pairedMedianDelta(xs, xs)).toBe(0)
          expect(
            pairedMedianDelta(
              xs.map((x) => x + c),
              xs,
            ),
          ).toBe(c)
        },
      ),
    )
  })
})
