import { describe, expect, it } from 'vitest'
import {
  ETHEREUM_EPOCHS_PER_YEAR,
  ethereumActivationExitChurnEth,
  ethereumAnnualIssuance,
  ethereumBaseRewardPerIncrementGwei,
  ethereumConsensusApr,
  integerSquareRoot,
} from './ethereum'

describe('ethereumConsensusApr', () => {
  it('uses 82,181.25 epochs a year (365.25 days of 32 twelve-second slots)', () => {
    // 365.25 · 86,400 / (12 · 32) = 31,557,600 / 384 = 82,181.25
    expect(ETHEREUM_EPOCHS_PER_YEAR).toBe(82_181.25)
  })

  it.each([
    // ⌊√(3.456e16)⌋ = 185,903,200; ⌊64e9 / 185,903,200⌋ = ⌊344.26⌋ = 344 Gwei an epoch per ETH;
    // 344 · 225 epochs · 365 days / 1e9 = 0.028251 (unfloored per 365.25 days it was 0.0282921)
    { staked: 34_560_000, base: 344, apr: 0.028251 },
    // ⌊√1e15⌋ = 31,622,776; ⌊64e9 / 31,622,776⌋ = ⌊2023.85⌋ = 2023; 2023 · 82,125 / 1e9 = 0.166138875
    { staked: 1_000_000, base: 2023, apr: 0.166138875 },
    // ⌊√4e15⌋ = 63,245,553; ⌊64e9 / 63,245,553⌋ = ⌊1011.93⌋ = 1011; 1011 · 82,125 / 1e9 = 0.083028375
    { staked: 4_000_000, base: 1011, apr: 0.083028375 },
  ])('gives $apr with $staked ETH staked (base reward $base Gwei)', ({ staked, base, apr }) => {
    expect(ethereumBaseRewardPerIncrementGwei(staked)).toBe(base)
    expect(ethereumConsensusApr(staked)).toBeCloseTo(apr, 15)
  })

  it('takes integer square roots exactly, as the spec does', () => {
    // 10¹⁸ + 1 is above 10⁹ squared; a float square root would round
    expect(integerSquareRoot(10n ** 18n + 1n)).toBe(10n ** 9n)
    expect(integerSquareRoot(10n ** 18n - 1n)).toBe(10n ** 9n - 1n)
    expect(integerSquareRoot(34_560_000n * 10n ** 9n)).toBe(185_903_200n)
  })

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY])('rejects a total stake of %s', (staked) => {
    expect(() => ethereumConsensusApr(staked)).toThrow(expect.objectContaining({ field: 'totalStakedEth' }))
  })
})

describe('ethereumAnnualIssuance', () => {
  it('is about 166.3 · √S ETH a year', () => {
    // 5,259,600 / √1e9 = 166.323; 166.323 · √34.56e6 = 166.323 · 5,878.78 = 977,776 ETH
    expect(ethereumAnnualIssuance(34_560_000)).toBeCloseTo(977_776.4739702013, 6)
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
