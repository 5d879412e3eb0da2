import Decimal from 'decimal.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { projectEthereumValidator } from './ethereum-validator'
import { ethereumConsensusApr } from './networks/ethereum'

Decimal.set({ precision: 60 })

/**
 * Independent reference: the spec's own loop in whole Gwei, one epoch at a time. Each epoch a perfect
 * validator earns base_reward_per_increment (344 Gwei at 34.56 M ETH staked) per ETH of effective balance;
 * at the epoch end `process_effective_balance_updates` raises the effective balance when the balance
 * exceeds it by more than 1.25 ETH; a 0x02 validator's cap is 2,048 ETH and above it the sweep pays out.
 */
function epochLoopGwei(startEth: number, baseRewardGwei: number, epochs: number, cap: number) {
  const GWEI = 1_000_000_000
  let balance = startEth * GWEI
  let effective = Math.min(Math.floor(startEth), cap) * GWEI
  let withdrawn = 0
  for (let e = 0; e < epochs; e += 1) {
    balance += baseRewardGwei * (effective / GWEI)
    if (effective + 1.25 * GWEI < balance) effective = Math.min(balance - (balance % GWEI), cap * GWEI)
    if (balance > cap * GWEI) {
      withdrawn += balance - cap * GWEI
      balance = cap * GWEI
    }
  }
  return (balance + withdrawn) / GWEI
}

const apr = ethereumConsensusApr(34_560_000) // 344 Gwei · 225 · 365 / 10⁹ = 0.02825100

describe('projectEthereumValidator (issue item 2)', () => {
  it('0x01: 32 ETH for 20 years earns simple interest on 32 ETH', () => {
    // 32 · (1 + 0.028251 · 7,300 / 365) = 32 · (1 + 0.56502) = 50.08064
    const r = projectEthereumValidator({ principal: 32, credentials: '0x01', apr, days: 7300 })
    const expected = new Decimal(344).mul(225).mul(365).div(1e9).mul(20).add(1).mul(32)
    expect(r.finalBalance).toBeCloseTo(expected.toNumber(), 10)
    expect(r.validatorBalance).toBe(32)
    expect(r.effectiveBalance).toBe(32)
  })

  it('0x02: 32 ETH for 20 years compounds in whole-ETH steps, as the spec loop does', () => {
    // 7,300 days · 225 = 1,642,500 epochs of the loop above; it ends at 55.7462 ETH with a 55 ETH effective balance (0x01: 50.08)
    const r = projectEthereumValidator({ principal: 32, credentials: '0x02', apr, days: 7300 })
    const reference = epochLoopGwei(32, 344, 7300 * 225, 2048)
    expect(r.finalBalance).toBeCloseTo(reference, 8)
    expect(r.effectiveBalance).toBe(55)
    expect(r.finalBalance).toBeCloseTo(55.74622196, 8)
  })

  it('0x02: a balance at the 2,048 ETH cap is swept like 0x01', () => {
    // 2,048 ETH at 10% for one year: EB never rises, rewards 2,048 · 0.10 are swept out.
    const r = projectEthereumValidator({ principal: 2048, credentials: '0x02', apr: 0.1, days: 365 })
    expect(r.withdrawn).toBeCloseTo(204.8, 9)
    expect(r.validatorBalance).toBe(2048)
  })

  it('0x01: 100 ETH runs three validators and leaves 4 ETH idle', () => {
    const r = projectEthereumValidator({ principal: 100, credentials: '0x01', apr: 0.03, days: 365 })
    expect(r).toMatchObject({ validators: 3, idle: 4 })
    expect(r.withdrawn).toBeCloseTo(96 * 0.03, 12)
  })

  it.each([
    { patch: { principal: 31 }, field: 'principal' },
    { patch: { credentials: '0x00' }, field: 'credentials' },
    { patch: { apr: -0.1 }, field: 'apr' },
    { patch: { days: 1.5 }, field: 'days' },
    { patch: { commission: 2 }, field: 'commission' },
  ])('rejects $patch naming $field', ({ patch, field }) => {
    const input = { principal: 32, credentials: '0x02' as const, apr, days: 365, ...patch }
    expect(() => projectEthereumValidator(input as never)).toThrow(expect.objectContaining({ field }))
  })

  it('property: 0x02 keeps at least what 0x01 pays, and rewards are never negative', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 32, max: 10_000, noNaN: true }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        fc.integer({ min: 0, max: 36_500 }),
        (principal, rate, days) => {
          const one = projectEthereumValidator({ principal, credentials: '0x01', apr: rate, days })
          const two = projectEthereumValidator({ principal, credentials: '0x02', apr: rate, days })
          const staked01 = one.validators * 32
          // Compare per ETH that earns: 0x02 puts every ETH to work, 0x01 only whole 32s.
          const perEth01 = staked01 > 0 ? (one.finalBalance - one.idle) / staked01 : 1
          return (
            two.rewards >= 0 &&
            one.rewards >= 0 &&
            two.finalBalance / principal >= perEth01 * (1 - 1e-12) - 1 / principal
          )
        },
      ),
      { numRuns: 200 },
    )
  })
})
