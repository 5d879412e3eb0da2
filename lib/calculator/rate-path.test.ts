import Decimal from 'decimal.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Compounding } from './compounding'
import { projectStake } from './project'
import type { RatePath } from './rate-path'
import type { StakeInput } from './types'

Decimal.set({ precision: 60 })
const d = (x: number | string) => new Decimal(x)

/** P·(1 + r/n)^k·(1 + (r/n)·φ) with k = ⌊n·days/365⌋, worked at 60 digits. */
function periodicReference(p: number, r: number, n: number, days: number): number {
  const periods = d(n).mul(days).div(365)
  const k = periods.floor()
  const phi = periods.sub(k)
  const perPeriod = d(r).div(n)
  return d(p).mul(perPeriod.add(1).pow(k)).mul(perPeriod.mul(phi).add(1)).toNumber()
}

describe('partial periods (issue item 3)', () => {
  it.each([
    // 100 ATOM, 15.36% gross, 5% commission → r = 0.14592; yearly restaking for 182 days:
    // k = ⌊182/365⌋ = 0, φ = 0.498630; 100 · (1 + 0.14592 · 0.498630) = 107.2760 (was 107.03 with 1.14592^φ)
    { name: '182 days of yearly restaking earn simple interest', n: 1, days: 182, expected: 107.27600219178 },
    // 400 days monthly: n·t = 12 · 400/365 = 13.150685 → k = 13, φ = 0.150685;
    // 100 · (1 + 0.01216)^13 · (1 + 0.01216 · 0.150685) = 100 · 1.1701437 · 1.0018323 = 117.22878
    { name: '400 days of monthly restaking', n: 12, days: 400, expected: 117.22878 },
    // 730 days yearly: exactly 2 periods, φ = 0: 100 · 1.14592² = 131.3132
    { name: 'two whole years compound twice', n: 1, days: 730, expected: 131.31326 },
  ])('$name', ({ n, days, expected }) => {
    const input: StakeInput = { principal: 100, apr: 0.1536, commission: 0.05, compounding: n, days }
    const result = projectStake(input).finalBalance
    const reference = periodicReference(100, 0.1536 * 0.95, n, days)
    expect(result).toBeCloseTo(reference, 9)
    expect(result).toBeCloseTo(expected, 4)
  })

  it('ends a part-period exactly level with not restaking when no period has closed', () => {
    const p = projectStake({
      principal: 100,
      apr: 0.1536,
      commission: 0.05,
      compounding: 'yearly',
      days: 182,
    })
    expect(p.finalBalance).toBeCloseTo(p.noCompounding.finalBalance, 12)
  })

  const compounding: fc.Arbitrary<Compounding> = fc.oneof(
    fc.constantFrom<Compounding>('none', 'daily', 'weekly', 'monthly', 'quarterly', 'yearly', 'continuous'),
    fc.integer({ min: 1, max: 100_000 }),
  )
  const stake = fc
    .record({
      principal: fc.double({ min: 1e-6, max: 1e9, noNaN: true }),
      apr: fc.double({ min: 0, max: 10, noNaN: true }),
      commission: fc.double({ min: 0, max: 1, noNaN: true }),
      compounding,
      days: fc.integer({ min: 0, max: 36_500 }),
    })
    .filter((i) => i.apr * (1 - i.commission) * (i.days / 365) <= 250)

  it('property: compounded is never below not restaked', () => {
    fc.assert(
      fc.property(stake, (input) => {
        const p = projectStake(input)
        return p.finalBalance >= p.noCompounding.finalBalance
      }),
    )
  })
})

describe('rate paths', () => {
  const base: StakeInput = { principal: 10, apr: 0.08, commission: 0.05, compounding: 'daily', days: 730 }

  it('a schedule of yearly rates compounds each year at its own rate', () => {
    // year 1 at 8%, year 2 at 4% gross, 5% commission, yearly restaking:
    // 10 · (1 + 0.076) · (1 + 0.038) = 10 · 1.076 · 1.038 = 11.16888
    const path: RatePath = { kind: 'schedule', stepDays: 365, aprs: [0.08, 0.04] }
    const p = projectStake({ ...base, compounding: 'yearly', ratePath: path })
    expect(p.finalBalance).toBeCloseTo(d(10).mul('1.076').mul('1.038').toNumber(), 12)
    expect(p.rates?.yearlyGrossApr).toEqual([0.08, 0.04])
  })

  it('a rate change inside a period accrues each rate for its share of the period', () => {
    // yearly restaking; 8% for 100 days then 4%: one period accrues 0.076·100/365 + 0.038·265/365
    // = 0.0208219 + 0.0275890 = 0.0484110; 10 · 1.0484110 = 10.484110
    const path: RatePath = { kind: 'schedule', stepDays: 100, aprs: [0.08, 0.04] }
    const p = projectStake({ ...base, compounding: 'yearly', days: 365, ratePath: path })
    const accrued = d('0.076').mul(100).div(365).add(d('0.038').mul(265).div(365))
    expect(p.finalBalance).toBeCloseTo(accrued.add(1).mul(10).toNumber(), 12)
  })

  it('a function of time is sampled at the start of each step', () => {
    // aprAt(y) = 8% in year 0, 4% afterwards; sampled daily, same as the yearly schedule above
    const path: RatePath = { kind: 'function', aprAt: (y) => (y < 1 ? 0.08 : 0.04) }
    const schedule: RatePath = { kind: 'schedule', stepDays: 365, aprs: [0.08, 0.04] }
    expect(projectStake({ ...base, ratePath: path }).finalBalance).toBe(
      projectStake({ ...base, ratePath: schedule }).finalBalance,
    )
  })

  it.each([
    { path: { kind: 'schedule', stepDays: 1, aprs: [] }, message: 'between 1 and' },
    { path: { kind: 'schedule', stepDays: -1, aprs: [0.1] }, message: 'Rate path steps' },
    { path: { kind: 'schedule', stepDays: 1, aprs: [0.1, 11] }, message: 'between 0% and 1,000%' },
    { path: { kind: 'function', aprAt: () => Number.NaN }, message: 'between 0% and 1,000%' },
    { path: { kind: 'yearly' }, message: 'schedule or a function' },
  ])('refuses $path naming ratePath', ({ path, message }) => {
    expect(() => projectStake({ ...base, ratePath: path as unknown as RatePath })).toThrow(
      expect.objectContaining({ field: 'ratePath', message: expect.stringContaining(message) }),
    )
  })

  const compounding: fc.Arbitrary<Compounding> = fc.oneof(
    fc.constantFrom<Compounding>('none', 'daily', 'weekly', 'monthly', 'yearly', 'continuous'),
    fc.integer({ min: 1, max: 1000 }),
  )
  const input = fc.record({
    principal: fc.double({ min: 1e-3, max: 1e6, noNaN: true }),
    apr: fc.double({ min: 0, max: 1, noNaN: true }),
    commission: fc.double({ min: 0, max: 1, noNaN: true }),
    compounding,
    days: fc.integer({ min: 0, max: 36_500 }),
  })

  it('property: a constant path equals the constant-rate projection exactly', () => {
    fc.assert(
      fc.property(
        input,
        fc.integer({ min: 1, max: 400 }),
        fc.double({ min: 0.5, max: 400, noNaN: true }),
        (i, steps, stepDays) => {
          const path: RatePath = {
            kind: 'schedule',
            stepDays,
            aprs: Array.from({ length: steps }, () => i.apr),
          }
          const withPath = projectStake({ ...i, ratePath: path })
          const constant = projectStake(i)
          return (
            withPath.finalBalance === constant.finalBalance &&
            withPath.series.every((point, k) => point.balance === constant.series[k]?.balance)
          )
        },
      ),
    )
  })

  it('property: the balance does not fall when any one rate of the path rises', () => {
    fc.assert(
      fc.property(
        input,
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 30 }),
        fc.nat(),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 400 }),
        (i, aprs, at, bump, stepDays) => {
          const index = at % aprs.length
          const higher = aprs.map((a, k) => (k === index ? a + bump : a))
          const low = projectStake({ ...i, ratePath: { kind: 'schedule', stepDays, aprs } }).finalBalance
          const high = projectStake({
            ...i,
            ratePath: { kind: 'schedule', stepDays, aprs: higher },
          }).finalBalance
          return high >= low * (1 - 1e-12)
        },
      ),
    )
  })

  it('property: with a path, compounded is never below not restaked', () => {
    fc.assert(
      fc.property(
        input,
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 1, max: 400 }),
        (i, aprs, stepDays) => {
          const p = projectStake({ ...i, ratePath: { kind: 'schedule', stepDays, aprs } })
          return p.finalBalance >= p.noCompounding.finalBalance
        },
      ),
    )
  })
})
