import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { aprToApy, apyToApr, PERIODS_PER_YEAR } from './compounding'
import type { Compounding } from './compounding'
import { CalculatorInputError } from './errors'
import { projectStake } from './project'
import { RANGES } from './ranges'
import type { StakeInput } from './types'

const apr = fc.double({ min: 0, max: RANGES.apr.max, noNaN: true })
const periods = fc.integer({ min: 1, max: 1_000_000 })
const compounding: fc.Arbitrary<Compounding> = fc.oneof(
  fc.constantFrom<Compounding>('none', 'daily', 'weekly', 'monthly', 'quarterly', 'yearly', 'continuous'),
  periods,
)
const principal = fc.double({ min: 1e-9, max: RANGES.principal.max, noNaN: true })
const commission = fc.double({ min: 0, max: 1, noNaN: true })
const days = fc.integer({ min: 0, max: RANGES.days.max })
/** Inputs on the valid domain, kept below the 10¹²⁰ growth guard (net rate · years ≤ 250). */
const stakeInput: fc.Arbitrary<StakeInput> = fc
  .record({ principal, apr, commission, compounding, days })
  .filter((i) => i.apr * (1 - i.commission) * (i.days / 365) <= 250)

/** Relative closeness with an absolute floor for values near zero. */
function close(a: number, b: number, rel = 1e-12, abs = 1e-300): boolean {
  return Math.abs(a - b) <= Math.max(abs, rel * Math.max(Math.abs(a), Math.abs(b)))
}

describe('APR/APY properties', () => {
  it('APY is at least APR for every schedule', () => {
    fc.assert(fc.property(apr, compounding, (r, c) => aprToApy(r, c) >= r))
  })

  it('APY never exceeds e^APR − 1', () => {
    fc.assert(fc.property(apr, compounding, (r, c) => aprToApy(r, c) <= Math.expm1(r)))
  })

  it('APY does not decrease as compounding gets more frequent', () => {
    fc.assert(
      fc.property(apr, periods, periods, (r, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a]
        return aprToApy(r, hi) >= aprToApy(r, lo) - 1e-12 * aprToApy(r, hi)
      }),
    )
    const ordered: Compounding[] = ['none', 'yearly', 'quarterly', 'monthly', 'weekly', 'daily', 'continuous']
    fc.assert(
      fc.property(apr, (r) =>
        ordered.every(
          (c, i) => i === 0 || aprToApy(r, c) >= aprToApy(r, ordered[i - 1] ?? 'none') * (1 - 1e-12),
        ),
      ),
    )
  })

  it('apyToApr undoes aprToApy', () => {
    fc.assert(fc.property(apr, compounding, (r, c) => close(apyToApr(aprToApy(r, c), c), r, 1e-9, 1e-15)))
  })

  it('named schedules equal their periods per year', () => {
    for (const [name, n] of Object.entries(PERIODS_PER_YEAR)) {
      expect(aprToApy(0.07, name as Compounding)).toBe(aprToApy(0.07, n))
    }
  })
})

describe('projectStake properties', () => {
  it('final balance is linear in principal', () => {
    fc.assert(
      fc.property(stakeInput, fc.double({ min: 0.001, max: 1000, noNaN: true }), (input, k) => {
        fc.pre(input.principal * k <= RANGES.principal.max)
        const a = projectStake(input).finalBalance * k
        const b = projectStake({ ...input, principal: input.principal * k }).finalBalance
        return close(a, b, 1e-12)
      }),
    )
  })

  it('final balance does not decrease with more days or a higher APR', () => {
    fc.assert(
      fc.property(stakeInput, fc.integer({ min: 0, max: 3650 }), (input, extra) => {
        const longer = { ...input, days: Math.min(RANGES.days.max, input.days + extra) }
        fc.pre(longer.apr * (1 - longer.commission) * (longer.days / 365) <= 250)
        return projectStake(longer).finalBalance >= projectStake(input).finalBalance * (1 - 1e-12)
      }),
    )
    fc.assert(
      fc.property(stakeInput, fc.double({ min: 0, max: 1, noNaN: true }), (input, bump) => {
        const higher = { ...input, apr: Math.min(RANGES.apr.max, input.apr + bump) }
        fc.pre(higher.apr * (1 - higher.commission) * (higher.days / 365) <= 250)
        return projectStake(higher).finalBalance >= projectStake(input).finalBalance * (1 - 1e-12)
      }),
    )
  })

  it('final balance does not increase with a higher commission', () => {
    fc.assert(
      fc.property(stakeInput, commission, (input, other) => {
        const higher = { ...input, commission: Math.max(input.commission, other) }
        return projectStake(higher).finalBalance <= projectStake(input).finalBalance * (1 + 1e-12)
      }),
    )
  })

  it('zero APR or zero days leaves the principal unchanged', () => {
    fc.assert(
      fc.property(stakeInput, (input) => {
        return (
          projectStake({ ...input, apr: 0 }).finalBalance === input.principal &&
          projectStake({ ...input, days: 0 }).finalBalance === input.principal
        )
      }),
    )
  })

  it('every output is finite on the valid domain', () => {
    const withMarket = fc.record({
      price: fc.double({ min: 0, max: RANGES.price.max, noNaN: true }),
      priceChange: fc.double({ min: -1, max: RANGES.priceChange.max, noNaN: true }),
      inflation: fc.double({ min: 0, max: RANGES.inflation.max, noNaN: true }),
    })
    fc.assert(
      fc.property(stakeInput, withMarket, (input, market) => {
        const p = projectStake({ ...input, ...market })
        const numbers = [
          p.finalBalance,
          p.rewards,
          p.netApr,
          p.effectiveApy,
          p.noCompounding.finalBalance,
          ...Object.values(p.fiat ?? {}),
          ...Object.values(p.real ?? {}),
          ...p.series.flatMap((point) => Object.values(point)),
        ]
        return numbers.every((n) => Number.isFinite(n)) && p.series.length <= 400
      }),
    )
  })

  it('at the extremes of the ranges the result is finite or refused with a days error', () => {
    fc.assert(
      fc.property(fc.record({ principal, apr, commission, compounding, days }), (input) => {
        try {
          return Number.isFinite(projectStake(input).finalBalance)
        } catch (error) {
          return error instanceof CalculatorInputError && error.field === 'days'
        }
      }),
    )
  })

  it('every invalid input throws CalculatorInputError naming the field', () => {
    const invalid: Record<keyof StakeInput, fc.Arbitrary<unknown>> = {
      principal: fc.oneof(
        fc.double({ max: -1e-12, noNaN: true }),
        fc.constantFrom(Number.NaN, Infinity, -Infinity, '1', null, 1e13),
      ),
      apr: fc.oneof(
        fc.double({ max: -1e-12, noNaN: true }),
        fc.constantFrom(Number.NaN, Infinity, -Infinity, '0.05', 10.5),
      ),
      commission: fc.oneof(
        fc.double({ min: 1.0000001, max: 1e6, noNaN: true }),
        fc.constantFrom(-0.01, Number.NaN, Infinity),
      ),
      compounding: fc.constantFrom('hourly', 0, -1, 1.5, Number.NaN, Infinity, null, ''),
      days: fc.oneof(
        fc.integer({ max: -1 }),
        fc.constantFrom(0.5, Number.NaN, Infinity, -Infinity, '30', 36_501),
      ),
      price: fc.constantFrom(-1, Number.NaN, Infinity, 2e9, 'x'),
      ratePath: fc.constantFrom(
        { kind: 'schedule', stepDays: 1, aprs: [] },
        { kind: 'schedule', stepDays: 0, aprs: [0.05] },
        { kind: 'schedule', stepDays: 1, aprs: [0.05, -0.01] },
        { kind: 'function', aprAt: () => Number.NaN },
        { kind: 'weekly' },
        'x',
      ),
      priceChange: fc.constantFrom(-1.5, Number.NaN, Infinity, 101),
      inflation: fc.constantFrom(-0.1, Number.NaN, Infinity, 11),
    }
    for (const [field, values] of Object.entries(invalid)) {
      fc.assert(
        fc.property(stakeInput, values, (input, bad) => {
          const broken = { ...input, [field]: bad } as unknown as StakeInput
          try {
            projectStake(broken)
            return false
          } catch (error) {
            return error instanceof CalculatorInputError && error.field === field
          }
        }),
        { numRuns: 50 },
      )
    }
  })
})
