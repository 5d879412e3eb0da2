import { describe, expect, it } from 'vitest'
import {
  ETHEREUM_EPOCHS_PER_YEAR,
  ethereumActivationExitChurnEth,
  ethereumAnnualIssuance,
  ethereumConsensusApr,
} from './ethereum'

describe('ethereumConsensusApr', () => {
  it('uses 82,181.25 epochs a year (365.25 days of 32 twelve-second slots)', () => {
    // 365.25 · 86,400 / (12 · 32) = 31,557,600 / 384 = 82,181.25
    expect(ETHEREUM_EPOCHS_PER_YEAR).toBe(82_181.25)
  })

  it.each([
    // 64 · 82,181.25 = 5,259,600; √(34.56e6 · 1e9) = 185,903,200.6; 5,259,600 / 185,903,200.6 = 0.028292
    { staked: 34_560_000, apr: 0.02829214334404518 },
    // √(1e6 · 1e9) = 31,622,776.6; 5,259,600 / 31,622,776.6 = 0.166323
    { staked: 1_000_000, apr: 0.16632315581421608 },
    // 4× the stake halves the APR: √4 = 2
    { staked: 4_000_000, apr: 0.08316157790710804 },
  ])('gives $apr with $staked ETH staked', ({ staked, apr }) => {
    expect(ethereumConsensusApr(staked)).toBeCloseTo(apr, 15)
  })

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY])('rejects a total stake of %s', (staked) => {
    expect(() => ethereumConsensusApr(staked)).toThrow(expect.objectContaining({ field: 'totalStakedEth' }))
  })
})

describe('ethereumAnnualIssuance', () => {
  it('is about 166.3 · √S ETH a year', () => {
    // 5,259,600 / √1e9 = 166.323; 166.323 · √34.56e6 = 166.323 · 5,878.78 = 977,776 ETH
    expect(ethereumAnnualIssuance(34_560_000)).toBeCloseTo(977_776.4739702013, 6)
    expect(ethereumAnnualIssuance(34_560_000)).toBeCloseTo(ethereumConsensusApr(34_560_000) * 34_560_000, 6)
  })
})

describe('ethereumActivationExitChurnEth', () => {
  it.each([
    // 34.56e6 / 65,536 = 527 → capped at 256
    { staked: 34_560_000, churn: 256 },
    // 10e6 / 65,536 = 152.6 → 152 (whole ETH), between the floor and the cap
    { staked: 10_000_000, churn: 152 },
    // 1e6 / 65,536 = 15 → raised to the 128 ETH floor
    { staked: 1_000_000, churn: 128 },
  ])('allows $churn ETH an epoch with $staked ETH staked', ({ staked, churn }) => {
    expect(ethereumActivationExitChurnEth(staked)).toBe(churn)
  })
})
