import Decimal from 'decimal.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CalculatorInputError } from './errors'
import { compareStakingPaths } from './paths'
import { POOLED_CREDENTIALS_DEFAULT, pooledValidatorShare } from './pooled-validators'

Decimal.set({ precision: 60 })

const pooledRow = (credentials?: '0x01' | '0x02', principal = 10, days = 1825) =>
  compareStakingPaths({
    principal,
    apr: 0.03,
    days,
    network: 'ethereum',
    ...(credentials === undefined ? {} : { poolCredentials: credentials }),
  }).find((row) => row.id === 'pooled')

/**
 * One 32 ETH validator with 0x02 credentials, worked independently at 60 digits: it earns
 * EB · net / 365 a day on its effective balance EB; once the balance passes EB + 1.25 ETH, the epoch that
 * ends after the crossing (epochs of 1/225 day) sets EB to the whole ETH below the balance.
 */
function compoundingValidator(net: Decimal, days: number): Decimal {
  let balance = new Decimal(32)
  let effective = new Decimal(32)
  let t = new Decimal(0)
  for (;;) {
    const perDay = effective.mul(net).div(365)
    const crossing = t.add(effective.add(1.25).sub(balance).div(perDay))
    if (crossing.gte(days)) return balance.add(perDay.mul(new Decimal(days).sub(t)))
    const epochEnd = crossing.mul(225).floor().add(1).div(225)
    balance = balance.add(perDay.mul(epochEnd.sub(t)))
    t = epochEnd
    effective = balance.floor()
  }
}

describe('pooled Ethereum staking under the operator’s withdrawal credentials', () => {
  it('assumes 0x01 unless told otherwise, citing Lido’s documentation', () => {
    expect(POOLED_CREDENTIALS_DEFAULT.value).toBe('0x01')
    expect(POOLED_CREDENTIALS_DEFAULT.source.url).toBe('https://docs.lido.fi/contracts/withdrawal-vault')
    expect(pooledRow()?.credentials).toBe('0x01')
    expect(pooledRow()).toEqual(pooledRow('0x01'))
  })

  it('works 10 ETH in a pool at 3 % with a 10 % fee over 5 years, 0x01 and 0x02', () => {
    // 0x01: rewards are swept out of the 32 ETH validator and paid to the holders, simple interest:
    // 10 · (1 + 0.03 · 0.9 · 1825 / 365) = 10 · 1.135 = 11.35 ETH; before the fee 10 · 0.15 = 1.5 ETH of
    // rewards, so the fee is 1.5 − 1.35 = 0.15 ETH.
    const sweep = pooledRow('0x01')
    expect(sweep?.finalBalance).toBeCloseTo(11.35, 12)
    expect(sweep?.grossRewards).toBeCloseTo(1.5, 12)
    expect(sweep?.fees.rewardFee).toBeCloseTo(0.15, 12)
    // 0x02: the effective balance steps 32 → 33 once the balance passes 33.25 ETH (1.25 / (32 · 0.027 /
    // 365) = 528.1 days), 33 → 34 after 1 / (33 · 0.027 / 365) = 409.7 more days (day 937.8), 34 → 35 after
    // 397.6 (day 1,335.4), 35 → 36 after 386.2 (day 1,721.6); the last 103.4 days earn 36 · 0.027 / 365 a
    // day: V ≈ 36.25 + 0.2753 = 36.5254 ETH (the loop above, exact to the epoch). The share: 10 · V / 32
    // = 11.4142 ETH, above 0x01's 11.35.
    const net = compoundingValidator(new Decimal(0.027), 1825)
    const gross = compoundingValidator(new Decimal(0.03), 1825)
    const compounding = pooledRow('0x02')
    expect(net.toNumber()).toBeCloseTo(36.5254, 4)
    expect(compounding?.finalBalance).toBeCloseTo(net.mul(10).div(32).toNumber(), 11)
    expect(compounding?.grossRewards).toBeCloseTo(gross.mul(10).div(32).sub(10).toNumber(), 11)
    expect(compounding?.fees.rewardFee).toBeCloseTo(gross.sub(net).mul(10).div(32).toNumber(), 11)
    expect(compounding?.finalBalance).toBeCloseTo(11.4142, 4)
    expect(compounding?.credentials).toBe('0x02')
  })

  it('never ends lower with 0x02 than with 0x01, and never below the principal', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 5000, noNaN: true }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 0, max: 36_500 }),
        (principal, apr, rewardFee, days) => {
          const at = (credentials: '0x01' | '0x02') =>
            pooledValidatorShare({ principal, apr, rewardFee, days, credentials }).finalBalance
          expect(at('0x02')).toBeGreaterThanOrEqual(at('0x01') * (1 - 1e-12))
          expect(at('0x01')).toBeGreaterThanOrEqual(principal * (1 - 1e-12))
        },
      ),
      { numRuns: 300 },
    )
  })

  it('refuses credentials other than 0x01 and 0x02, naming the field', () => {
    const run = () =>
      compareStakingPaths({
        principal: 10,
        apr: 0.03,
        days: 365,
        network: 'ethereum',
        poolCredentials: '0x00' as '0x01',
      })
    expect(run).toThrow(CalculatorInputError)
    expect(run).toThrow(expect.objectContaining({ field: 'poolCredentials' }))
  })

  it('leaves pools on other networks as before (they have no withdrawal credentials)', () => {
    const row = compareStakingPaths({ principal: 100, apr: 0.07, days: 365, network: 'solana' }).find(
      (r) => r.id === 'pooled',
    )
    expect(row?.credentials).toBeUndefined()
  })
})
