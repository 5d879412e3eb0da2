import { describe, expect, it } from 'vitest'
import { solanaInflationRate, solanaInflationYears, solanaStakingApr } from './solana'

describe('solanaInflationRate', () => {
  it.each([
    // 8% · 0.85^0 = 8%
    { years: 0, rate: 0.08 },
    // 8% · 0.85 = 6.8%
    { years: 1, rate: 0.068 },
    // continuous, not stepped: 8% · 0.85^0.5 = 8% · 0.921954 = 7.37564% (a yearly step would still say 8%)
    { years: 0.5, rate: 0.0737563556583431 },
    // 8% · 0.85^2.5 = 8% · 0.666117 = 5.32894%
    { years: 2.5, rate: 0.08 * Math.pow(0.85, 2.5) },
    // the floor: 8% · 0.85^y = 1.5% at y = ln(0.1875)/ln(0.85) = 10.30; beyond it 1.5%
    { years: 10.31, rate: 0.015 },
    { years: 50, rate: 0.015 },
  ])('is $rate after $years years', ({ years, rate }) => {
    expect(solanaInflationRate(years)).toBeCloseTo(rate, 15)
  })

  it('matches the network for epoch 741 to the last digit', () => {
    // (741 − 149) · 432,000 / 78,892,314.98 = 3.241685 years; 8% · 0.85^3.241685 = 4.72377%
    // getInflationRate for epoch 741 returned total 0.047237663454945594
    expect(solanaInflationRate(solanaInflationYears(741))).toBe(0.047237663454945594)
  })

  it.each([-0.1, Number.NaN, Number.POSITIVE_INFINITY])('rejects %s years', (years) => {
    expect(() => solanaInflationRate(years)).toThrow(expect.objectContaining({ field: 'yearsSinceStart' }))
  })
})

describe('solanaStakingApr', () => {
  it('spreads inflation over the staked share and removes commission', () => {
    // 5.07% / 0.65 · (1 − 0.05) = 7.8% · 0.95 = 7.41%
    expect(solanaStakingApr({ inflation: 0.0507, stakedFraction: 0.65, commission: 0.05 })).toBeCloseTo(
      0.0741,
      15,
    )
  })

  it('rejects a staked fraction of zero', () => {
    expect(() => solanaStakingApr({ inflation: 0.05, stakedFraction: 0, commission: 0 })).toThrow(
      expect.objectContaining({ field: 'stakedFraction' }),
    )
  })
})
