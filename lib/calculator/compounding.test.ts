import { describe, expect, it } from 'vitest'
import { aprToApy, apyToApr, compoundingFromEveryNDays } from './compounding'
import type { Compounding } from './compounding'
import { CalculatorInputError } from './errors'

describe('aprToApy', () => {
  const cases: Array<{ name: string; apr: number; compounding: Compounding; apy: number }> = [
    // yearly: (1 + 0.05/1)^1 − 1 = 0.05
    { name: 'yearly compounding leaves the rate unchanged', apr: 0.05, compounding: 'yearly', apy: 0.05 },
    // monthly: (1 + 0.12/12)^12 − 1 = 1.01^12 − 1 = 0.126825030…
    { name: 'monthly 12% gives 12.6825%', apr: 0.12, compounding: 'monthly', apy: 0.12682503013196977 },
    // quarterly: 1.025^4 = 1.050625^2 = 1.103812890625 → 0.103812890625
    { name: 'quarterly 10% gives 10.38129%', apr: 0.1, compounding: 'quarterly', apy: 0.103812890625 },
    // daily: (1 + 0.0365/365)^365 − 1 = 1.0001^365 − 1 = e^(365·ln 1.0001) − 1 = e^0.0364982 − 1 = 0.0371724…
    { name: 'daily 3.65% gives 3.71724%', apr: 0.0365, compounding: 'daily', apy: 0.03717241130255193 },
    // a number is periods per year: 12 behaves like 'monthly'
    {
      name: 'a number of periods per year works like the named schedule',
      apr: 0.12,
      compounding: 12,
      apy: 0.12682503013196977,
    },
    // continuous: e^0.05 − 1 = 0.051271096…
    {
      name: 'continuous 5% gives e^0.05 − 1',
      apr: 0.05,
      compounding: 'continuous',
      apy: 0.05127109637602404,
    },
    // none: rewards are not restaked, the rate is returned unchanged
    { name: 'no compounding returns the rate unchanged', apr: 0.05, compounding: 'none', apy: 0.05 },
    // zero stays zero for every schedule
    { name: 'a zero rate stays zero', apr: 0, compounding: 'daily', apy: 0 },
  ]
  it.each(cases)('$name', ({ apr, compounding, apy }) => {
    expect(aprToApy(apr, compounding)).toBeCloseTo(apy, 14)
  })

  it('handles 1,000% APR compounded daily without overflow', () => {
    // (1 + 10/365)^365 − 1 = e^(365 · ln(1.0273973)) − 1 = e^9.8654 − 1 ≈ 19,252.8
    expect(aprToApy(10, 'daily')).toBeCloseTo(19252.832707585068, 6)
  })
})

describe('apyToApr', () => {
  it.each([
    // 1.01^12 − 1 → 12 · (1.1268250301^(1/12) − 1) = 12 · 0.01 = 0.12
    { apy: 0.12682503013196977, compounding: 'monthly' as const, apr: 0.12 },
    // ln(1 + (e^0.05 − 1)) = 0.05
    { apy: 0.05127109637602404, compounding: 'continuous' as const, apr: 0.05 },
    { apy: 0.07, compounding: 'none' as const, apr: 0.07 },
    { apy: 0.05, compounding: 'yearly' as const, apr: 0.05 },
  ])('turns $apy back into $apr under $compounding compounding', ({ apy, compounding, apr }) => {
    expect(apyToApr(apy, compounding)).toBeCloseTo(apr, 14)
  })
})

describe('compounding validation', () => {
  it.each([
    { compounding: 'hourly' },
    { compounding: 0 },
    { compounding: -12 },
    { compounding: 2.5 },
    { compounding: Number.NaN },
    { compounding: Number.POSITIVE_INFINITY },
  ])('rejects $compounding with a compounding error', ({ compounding }) => {
    expect(() => aprToApy(0.05, compounding as Compounding)).toThrow(
      expect.objectContaining({ field: 'compounding' }),
    )
  })

  it.each([
    { apr: -0.01, field: 'apr' },
    { apr: Number.NaN, field: 'apr' },
    { apr: 10.01, field: 'apr' },
  ])('rejects an APR of $apr', ({ apr, field }) => {
    expect(() => aprToApy(apr, 'daily')).toThrow(CalculatorInputError)
    expect(() => aprToApy(apr, 'daily')).toThrow(expect.objectContaining({ field }))
  })

  it('rejects a negative APY', () => {
    expect(() => apyToApr(-0.1, 'daily')).toThrow(expect.objectContaining({ field: 'apy' }))
  })
})

describe('compoundingFromEveryNDays', () => {
  it.each([
    { days: 1, periods: 365 },
    { days: 5, periods: 73 },
    { days: 73, periods: 5 },
    { days: 365, periods: 1 },
  ])('compounding every $days days is $periods periods a year', ({ days, periods }) => {
    expect(compoundingFromEveryNDays(days)).toBe(periods)
  })

  it('rejects an interval that does not fit a 365-day year a whole number of times', () => {
    // 365 / 7 = 52.14…: not a whole number of periods
    expect(() => compoundingFromEveryNDays(7)).toThrow(
      'Compounding every 7 days does not fit a 365-day year a whole number of times; choose every 1, 5, 73 or 365 days, or weekly or monthly',
    )
  })

  it('rejects a fractional or out-of-range interval', () => {
    expect(() => compoundingFromEveryNDays(1.5)).toThrow(expect.objectContaining({ field: 'compounding' }))
    expect(() => compoundingFromEveryNDays(0)).toThrow(expect.objectContaining({ field: 'compounding' }))
  })
})
