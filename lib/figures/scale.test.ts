import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { linearScale, logSamples, logScale, niceTicks, samples } from './scale'

describe('scales', () => {
  it('map the ends of the domain onto the ends of the range', () => {
    const y = linearScale([0, 0.08], [300, 20])
    expect(y(0)).toBe(300)
    expect(y(0.08)).toBe(20)
    expect(y(0.04)).toBe(160)
    const x = logScale([0.1, 10], [0, 200])
    expect(x(0.1)).toBeCloseTo(0, 12)
    expect(x(1)).toBeCloseTo(100, 12)
    expect(x(10)).toBeCloseTo(200, 12)
  })

  it('refuse an empty or non-positive domain with a clear message', () => {
    expect(() => linearScale([1, 1], [0, 1])).toThrow('linearScale: empty domain [1, 1]')
    expect(() => logScale([0, 1], [0, 1])).toThrow('logScale: domain must be positive and increasing')
  })

  it('sample evenly, including both ends', () => {
    expect(samples(0, 1, 5)).toEqual([0, 0.25, 0.5, 0.75, 1])
    const log = logSamples(0.1, 10, 3)
    expect(log[1]).toBeCloseTo(1, 12)
  })
})

describe('niceTicks', () => {
  it.each([
    [0, 0.08, 4, [0, 0.02, 0.04, 0.06, 0.08]],
    [10, 60, 5, [10, 20, 30, 40, 50, 60]],
    [0, 1, 10, [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]],
  ])('gives round steps from %d to %d', (min, max, count, expected) => {
    expect(niceTicks(min, max, count)).toEqual(expected)
  })

  it('gives round steps far from zero, where doubles are coarse', () => {
    expect(niceTicks(-168182.0175, -168182.0175 + 0.001, 10)).toEqual([
      -168182.0175, -168182.0174, -168182.0173, -168182.0172, -168182.0171, -168182.017, -168182.0169,
      -168182.0168, -168182.0167, -168182.0166,
    ])
  })

  it('stays inside the range, ascends by one step of 1, 2, 2.5 or 5 × 10ⁿ, and is never too sparse', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: 1e-3, max: 1e6, noNaN: true }),
        fc.integer({ min: 2, max: 10 }),
        (min, span, count) => {
          const max = min + span
          const ticks = niceTicks(min, max, count)
          expect(ticks.length).toBeGreaterThanOrEqual(1)
          for (const t of ticks) {
            expect(t).toBeGreaterThanOrEqual(min - span * 1e-6)
            expect(t).toBeLessThanOrEqual(max + span * 1e-6)
          }
          if (ticks.length > 1) {
            const [t0, t1] = ticks as [number, number]
            const step = t1 - t0
            // Ticks far from zero are stored to within a few ulps of their own size, so the step read back
            // from two of them carries that error relative to the step: -168182.0175 and -168182.0174 are
            // 0.00009999997564… apart in doubles (found by this property on CI).
            const tolerance = 1e-9 + (8 * Number.EPSILON * Math.max(Math.abs(t0), Math.abs(t1))) / step
            const isNice = [1, 2, 2.5, 5].some((m) => {
              const exponent = Math.round(Math.log10(step / m))
              return Math.abs(step / (m * 10 ** exponent) - 1) < tolerance
            })
            expect(isNice, `step ${step} between ${t0} and ${t1}`).toBe(true)
            expect(step).toBeLessThanOrEqual(span * (1 + 1e-6))
          }
        },
      ),
    )
  })
})
