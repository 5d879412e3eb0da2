import { describe, expect, it } from 'vitest'
import { projectStake } from './project'
import type { StakeInput } from './types'

const base: StakeInput = { principal: 1000, apr: 0.1, commission: 0, compounding: 'yearly', days: 365 }

describe('projectStake', () => {
  const cases: Array<{ name: string; input: Partial<StakeInput>; finalBalance: number }> = [
    // 1000 · (1 + 0.10/1)^(1·1) = 1100
    { name: 'one year at 10% compounded yearly ends at 1,100', input: {}, finalBalance: 1100 },
    // net = 0.10 · (1 − 0.2) = 0.08; 1000 · 1.08^2 = 1166.4
    {
      name: 'commission reduces the rate before compounding',
      input: { commission: 0.2, days: 730 },
      finalBalance: 1166.4,
    },
    // 1000 · (1 + 0.12/12)^12 = 1000 · 1.01^12 = 1126.825…
    {
      name: 'monthly compounding of 12% for a year',
      input: { apr: 0.12, compounding: 'monthly' },
      finalBalance: 1126.8250301319697,
    },
    // simple interest: 1000 · (1 + 0.10 · 2) = 1200
    {
      name: 'rewards that are not restaked grow linearly',
      input: { compounding: 'none', days: 730 },
      finalBalance: 1200,
    },
    // 1000 · e^(0.10 · 1) = 1105.1709…
    {
      name: 'continuous compounding uses e^(r·t)',
      input: { compounding: 'continuous' },
      finalBalance: 1105.1709180756477,
    },
    // partial period: n·t = 182/365 = 0.49863 → k = 0 whole periods, φ = 0.49863 earns simple interest:
    // 1000 · (1 + 0.10 · 0.49863) = 1049.8630 (not the fractional power 1.1^0.49863 = 1048.67)
    {
      name: 'a partial period earns simple interest until it is restaked',
      input: { days: 182 },
      finalBalance: 1049.8630136986303,
    },
    { name: 'zero days leaves the principal unchanged', input: { days: 0 }, finalBalance: 1000 },
    {
      name: 'zero APR leaves the principal unchanged',
      input: { apr: 0, compounding: 'daily' },
      finalBalance: 1000,
    },
    // 1e12 · (1 + 10/365)^365 = 1e12 · 19,253.83 = 1.925e16
    {
      name: 'handles 1,000% APR on a huge principal',
      input: { principal: 1e12, apr: 10, compounding: 'daily' },
      finalBalance: 19253832707585068,
    },
    // 1e-9 · 1.1 = 1.1e-9
    { name: 'handles a tiny principal', input: { principal: 1e-9 }, finalBalance: 1.1e-9 },
  ]
  it.each(cases)('$name', ({ input, finalBalance }) => {
    const projection = projectStake({ ...base, ...input })
    expect(projection.finalBalance).toBeCloseTo(finalBalance, 8)
    expect(projection.rewards).toBeCloseTo(finalBalance - projection.principal, 8)
  })

  it('reports the net APR and the effective APY', () => {
    // net = 0.12 · (1 − 0.25) = 0.09; APY monthly = (1 + 0.09/12)^12 − 1 = 1.0075^12 − 1 = 0.0938069…
    const p = projectStake({ ...base, apr: 0.12, commission: 0.25, compounding: 'monthly' })
    expect(p.netApr).toBeCloseTo(0.09, 15)
    expect(p.effectiveApy).toBeCloseTo(Math.pow(1.0075, 12) - 1, 13)
  })

  it('gives the no-compounding comparison beside the chosen schedule', () => {
    // simple: 1000 · (1 + 0.12) = 1120 against 1126.83 compounded monthly
    const p = projectStake({ ...base, apr: 0.12, compounding: 'monthly' })
    expect(p.noCompounding.finalBalance).toBeCloseTo(1120, 10)
    expect(p.noCompounding.rewards).toBeCloseTo(120, 10)
  })

  it('values the result in fiat with the price change over the whole period', () => {
    // end price = 2000 · (1 + 0.5) = 3000; final 1100 tokens → 3,300,000; start 1000 · 2000 = 2,000,000
    const p = projectStake({ ...base, price: 2000, priceChange: 0.5 })
    expect(p.fiat).toEqual({
      startPrice: 2000,
      endPrice: 3000,
      startValue: 2_000_000,
      finalValue: expect.closeTo(3_300_000, 6),
      rewardsValue: expect.closeTo(300_000, 6),
      gain: expect.closeTo(1_300_000, 6),
    })
    // halfway through the series the linear price is 2000 · (1 + 0.5 · 182/365) = 2498.63
    const mid = p.series.find((point) => point.day === 182)
    expect(mid?.price).toBeCloseTo(2000 * (1 + (0.5 * 182) / 365), 10)
  })

  it('computes real yield with the Fisher relation, not a subtraction', () => {
    // (1 + 0.10) / (1 + 0.02) − 1 = 0.0784313…, not 0.10 − 0.02 = 0.08
    const p = projectStake({ ...base, inflation: 0.02 })
    expect(p.real?.apy).toBeCloseTo(0.0784313725490196, 14)
    expect(p.real?.finalBalance).toBeCloseTo(1100 / 1.02, 10)
  })

  it('downsamples a 100-year daily series to 400 points including both ends', () => {
    const p = projectStake({ ...base, compounding: 'daily', days: 36_500 })
    expect(p.series).toHaveLength(400)
    expect(p.series[0]).toMatchObject({ day: 0, balance: 1000, rewards: 0 })
    expect(p.series.at(-1)).toMatchObject({ day: 36_500, balance: p.finalBalance })
  })

  it('keeps every day of a short horizon', () => {
    expect(projectStake(base).series).toHaveLength(366)
  })

  it('lists its formula and assumptions as ids and numbers, no sentences', () => {
    const p = projectStake({ ...base, commission: 0.1, price: 10, inflation: 0.03 })
    expect(p.assumptions[0]).toEqual({
      id: 'net-apr',
      apr: 0.1,
      commission: 0.1,
      netApr: expect.closeTo(0.09, 15),
    })
    expect(p.assumptions.map((a) => a.id)).toEqual([
      'net-apr',
      'compounding',
      'periods',
      'rate',
      'price',
      'real-yield',
    ])
    expect(p.assumptions).toContainEqual({ id: 'price', price: 10, priceChange: 0 })
    expect(JSON.stringify(p.assumptions)).not.toMatch(/ [a-z]+ /)
  })

  it('refuses a projection that would overflow, naming days', () => {
    // ln growth = 36,500 · ln(1 + 10/365) = 986.5 > ln(1e120) = 276.3
    expect(() => projectStake({ ...base, apr: 10, compounding: 'daily', days: 36_500 })).toThrow(
      expect.objectContaining({ field: 'days', message: expect.stringContaining('too large to show') }),
    )
  })
})
