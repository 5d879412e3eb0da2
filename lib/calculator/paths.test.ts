import Decimal from 'decimal.js'
import { describe, expect, it } from 'vitest'
import { compareStakingPaths } from './paths'

describe('compareStakingPaths', () => {
  it('compares the default paths for 40 ETH over a year', () => {
    // solo (0x01): one 32 ETH validator earns 32 · 0.03 = 0.96 swept out, 8 ETH cannot earn:
    // 40 + 0.96 = 40.96, minus 12 · 50 / 2,000 = 0.3 ETH of running costs = 40.66
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
    expect(byId.solo?.finalBalance).toBeCloseTo(40.66, 10)
    expect(byId.solo?.fees).toEqual({
      rewardFee: 0,
      fixedCosts: expect.closeTo(0.3, 12),
      fixedCostsFiat: expect.closeTo(600, 9),
      total: expect.closeTo(0.3, 12),
    })
    expect(byId.liquid?.finalBalance).toBeCloseTo(40 * Math.pow(1 + 0.027 / 365, 365), 10)
    expect(byId.liquid?.netApr).toBeCloseTo(0.027, 15)
    expect(byId.exchange?.finalBalance).toBeCloseTo(40 * Math.pow(1 + 0.0225 / 365, 365), 10)
    expect(byId.solo?.finalValue).toBeCloseTo(40.66 * 2000, 8)
    expect(rows.every((row) => row.eligible && row.illustrative)).toBe(true)
  })

  it('pays fiat running costs at the price of each month, not revalued at the end (issue item 8)', () => {
    // 600 over a year while the price doubles from 2,000 to 4,000: month m (m = 0 … 11) is paid at
    // 2,000 · (1 + m/12), so tokens = Σ 50 / (2,000 · (1 + m/12)) = 0.025 · Σ 12/(12 + m) = 0.025 · 8.5730 = 0.21432 ETH,
    // worth 857.3 at the end price (it showed 0.3 ETH, i.e. 1,200, before); in fiat the cost stays 600.
    const rows = compareStakingPaths({
      principal: 32,
      apr: 0.03,
      days: 365,
      price: 2000,
      priceChange: 1,
      network: 'ethereum',
    })
    let tokens = new Decimal(0)
    for (let m = 0; m < 12; m += 1)
      tokens = tokens.add(new Decimal(50).div(new Decimal(2000).mul(new Decimal(m).div(12).add(1))))
    const solo = rows[0]
    expect(solo?.fees.fixedCostsFiat).toBeCloseTo(600, 9)
    expect(solo?.fees.fixedCosts).toBeCloseTo(tokens.toNumber(), 12)
    expect(solo?.fees.fixedCosts).toBeCloseTo(0.21432, 5)
  })

  it('lets solo Ethereum rewards compound with 0x02 credentials (issue item 2)', () => {
    const at = (credentials: '0x01' | '0x02') =>
      compareStakingPaths({
        principal: 32,
        apr: 0.028251,
        days: 7300,
        network: 'ethereum',
        credentials,
        price: 1e9,
      })[0]
    // 0x01 50.08064 ETH, 0x02 55.74622 ETH before running costs (see ethereum-validator.test.ts)
    const costs = at('0x01')?.fees.fixedCosts ?? 0
    expect((at('0x01')?.finalBalance ?? 0) + costs).toBeCloseTo(50.08064, 8)
    expect((at('0x02')?.finalBalance ?? 0) + costs).toBeCloseTo(55.74622196, 8)
  })

  it('charges solo Solana validators their vote transactions, 1.1 SOL a day (issue item 7)', () => {
    const solo = compareStakingPaths({
      principal: 1000,
      apr: 0.07,
      days: 365,
      price: 100,
      network: 'solana',
    })[0]
    // 1.1 · 365 = 401.5 SOL of votes + 600 / 100 = 6 SOL of hosting at a constant price
    expect(solo?.fees.fixedCosts).toBeCloseTo(401.5 + 6, 9)
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
      ineligible: [{ code: 'below-minimum', minimum: 32, principal: 10 }],
    })
  })

  it('needs a price to count a fiat running cost', () => {
    const solo = compareStakingPaths({ principal: 40, apr: 0.03, days: 365 })[0]
    expect(solo?.eligible).toBe(false)
    expect(solo?.ineligible).toEqual([{ code: 'price-needed' }])
  })

  it('flags paths a network does not offer', () => {
    const rows = compareStakingPaths({ principal: 100, apr: 0.15, days: 365, price: 5, network: 'cosmos' })
    expect(rows.find((row) => row.id === 'pooled')).toMatchObject({
      eligible: false,
      ineligible: [{ code: 'not-offered', network: 'cosmos' }],
    })
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
          rewardFee: 0.2,
          fixedMonthlyCost: { amount: 1, currency: 'token' },
          minimumStake: 0,
          compounding: 'none',
          illustrative: false,
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
            rewardFee: 1.5,
            minimumStake: 0,
            compounding: 'daily',
            illustrative: false,
          },
        ],
      }),
    ).toThrow(expect.objectContaining({ field: 'rewardFee' }))
  })
})
