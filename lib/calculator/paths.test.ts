import { describe, expect, it } from 'vitest'
import { compareStakingPaths } from './paths'

describe('compareStakingPaths', () => {
  it('compares the default paths for 40 ETH over a year', () => {
    // solo: 40 · (1 + 0.03) = 41.2 (no compounding), minus 12 · 50 / 2,000 = 0.3 ETH of running costs = 40.9
    // liquid: net 0.03 · 0.9 = 0.027 daily: 40 · (1 + 0.027/365)^365 = 41.0947
    // exchange: net 0.03 · 0.75 = 0.0225 daily: 40 · (1 + 0.0225/365)^365 = 40.9103
    const rows = compareStakingPaths({
      principal: 40,
      apr: 0.03,
      days: 365,
      price: 2000,
      network: 'ethereum',
    })
    const byId = Object.fromEntries(rows.map((row) => [row.id, row]))
    expect(byId.solo?.finalBalance).toBeCloseTo(40.9, 10)
    expect(byId.solo?.fees).toEqual({
      rewardFee: 0,
      fixedCosts: expect.closeTo(0.3, 12),
      total: expect.closeTo(0.3, 12),
    })
    expect(byId.liquid?.finalBalance).toBeCloseTo(40 * Math.pow(1 + 0.027 / 365, 365), 10)
    expect(byId.liquid?.netApr).toBeCloseTo(0.027, 15)
    expect(byId.exchange?.finalBalance).toBeCloseTo(40 * Math.pow(1 + 0.0225 / 365, 365), 10)
    expect(byId.solo?.finalValue).toBeCloseTo(40.9 * 2000, 8)
    expect(rows.every((row) => row.eligible && row.illustrative)).toBe(true)
  })

  it('marks solo Ethereum staking ineligible below 32 ETH', () => {
    const solo = compareStakingPaths({
      principal: 10,
      apr: 0.03,
      days: 365,
      price: 2000,
      network: 'ethereum',
    })[0]
    expect(solo).toMatchObject({
      id: 'solo',
      eligible: false,
      ineligibleReason: 'Needs at least 32 tokens (you entered 10)',
    })
  })

  it('needs a price to count a fiat running cost', () => {
    const solo = compareStakingPaths({ principal: 40, apr: 0.03, days: 365 })[0]
    expect(solo?.eligible).toBe(false)
    expect(solo?.ineligibleReason).toBe('A token price is needed to count the fixed monthly running cost')
  })

  it('flags paths a network does not offer', () => {
    const rows = compareStakingPaths({ principal: 100, apr: 0.15, days: 365, price: 5, network: 'cosmos' })
    expect(rows.find((row) => row.id === 'pooled')?.eligible).toBe(false)
    expect(rows.find((row) => row.id === 'liquid')?.eligible).toBe(true)
  })

  it('accepts custom fee models, including a token-denominated monthly cost', () => {
    // 100 · (1 + 0.1 · 0.8) = 108 simple, minus 1 token × 12 months = 96
    const [row] = compareStakingPaths({
      principal: 100,
      apr: 0.1,
      days: 365,
      paths: [
        {
          id: 'pooled',
          label: 'My pool',
          rewardFee: 0.2,
          fixedMonthlyCost: { amount: 1, currency: 'token' },
          minimumStake: 0,
          compounding: 'none',
          illustrative: false,
          note: 'custom',
        },
      ],
    })
    expect(row?.finalBalance).toBeCloseTo(96, 10)
    expect(row?.fees.rewardFee).toBeCloseTo(2, 10)
    expect(row?.effectiveAnnualReturn).toBeCloseTo(-0.04, 10)
  })

  it('rejects a reward fee above 100%', () => {
    expect(() =>
      compareStakingPaths({
        principal: 1,
        apr: 0.1,
        days: 1,
        paths: [
          {
            id: 'liquid',
            label: 'x',
            rewardFee: 1.5,
            minimumStake: 0,
            compounding: 'daily',
            illustrative: false,
            note: '',
          },
        ],
      }),
    ).toThrow(expect.objectContaining({ field: 'rewardFee' }))
  })
})
