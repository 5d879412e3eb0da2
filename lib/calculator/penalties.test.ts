import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { figure } from '@/lib/data/snapshot'
import { assertMonotonicInQueue } from './queue-property'
import { projectStake } from './project'
import {
  bondedBalance,
  cosmosJailAfterHours,
  downtimeLoss,
  ethereumSlashedExitDays,
  slashingLoss,
} from './penalties'
import type { StakeInput } from './types'

const APR = 0.028251 // an Ethereum consensus APR (2.8251 %: 344 Gwei · 225 · 365 / 10⁹)
/** Total ETH staked from the network snapshot (content/data/networks.json). */
const STAKED = figure('ethereum.totalStaked').value

describe('slashingLoss', () => {
  it('takes 1/4,096 plus the missed-duty penalties from an isolated solo Ethereum validator', () => {
    const out = slashingLoss({ network: 'ethereum', stake: 32, apr: APR })
    if (!out.supported) throw new Error('Ethereum slashes')
    // initial 32/4096 = 0.0078125; correlation 32·3·32/S (S ETH staked; 0.0000862 at 35.63 M);
    // waiting 32 · 0.028251 · 0.625 · (8192/225)/365 = 0.05640 ETH (the APR is per 365 days)
    const [initial, correlation, waiting] = out.parts
    expect(initial?.amount).toBeCloseTo(0.0078125, 12)
    expect(correlation?.amount).toBeCloseTo((32 * 3 * 32) / STAKED, 12)
    expect(waiting?.amount).toBeCloseTo(32 * APR * 0.625 * (8192 / 225 / 365), 12)
    expect(out.total).toBeCloseTo(0.0078125 + (32 * 96) / STAKED + 32 * APR * 0.625 * (8192 / 225 / 365), 12)
    expect(out.forcedExitDays).toBeCloseTo(8192 / 225, 12)
    expect(ethereumSlashedExitDays()).toBeCloseTo(36.408888, 5)
  })

  it.each([
    // empty queue: max(5 + 0 + 256, 8,192) = 8,192 epochs = 36.41 days
    { queue: 0, epochs: 8192 },
    // 1 M ETH ahead: exit epoch 5 + ⌈1,000,032 / 256⌉ − 1 = 5 + 3,906 = 3,911; 3,911 + 256 = 4,167 < 8,192
    { queue: 1_000_000, epochs: 8192 },
    // 2.5 M ETH ahead: 5 + ⌈2,500,032 / 256⌉ − 1 = 5 + 9,765 = 9,770; + 256 = 10,026 > 8,192: the exit wins
    { queue: 2_500_000, epochs: 10_026 },
  ])(
    'makes a slashed validator withdrawable after $epochs epochs behind $queue ETH (issue item 6)',
    ({ queue, epochs }) => {
      expect(ethereumSlashedExitDays(queue)).toBeCloseTo(epochs / 225, 12)
      const out = slashingLoss({ network: 'ethereum', stake: 32, apr: APR, exitQueueEth: queue })
      if (!out.supported) throw new Error('Ethereum slashes')
      expect(out.forcedExitDays).toBeCloseTo(epochs / 225, 12)
    },
  )

  it('property: the slashed exit never comes sooner behind a longer queue', () => {
    assertMonotonicInQueue((queueEth) => [ethereumSlashedExitDays(queueEth)], 1e8)
  })

  it('charges a correlation penalty of three times the share slashed together, capped at everything', () => {
    const some = slashingLoss({ network: 'ethereum', stake: 32, apr: 0, correlatedShare: 0.01 })
    if (!some.supported) throw new Error('Ethereum slashes')
    expect(some.parts[1]?.amount).toBeCloseTo(32 * 0.03, 12)
    const all = slashingLoss({ network: 'ethereum', stake: 32, apr: APR, correlatedShare: 0.5 })
    if (!all.supported) throw new Error('Ethereum slashes')
    expect(all.total).toBe(32)
    expect(all.fraction).toBe(1)
  })

  it('burns 5% of a Cosmos delegation and tombstones the validator', () => {
    const out = slashingLoss({ network: 'cosmos', stake: 200 })
    expect(out).toMatchObject({ supported: true, total: 10, fraction: 0.05, removedForGood: true })
  })

  it('scales with the exposed share of the stake', () => {
    const out = slashingLoss({ network: 'cosmos', stake: 200, exposure: 0.1 })
    expect(out).toMatchObject({ supported: true, total: 1, fraction: 0.005 })
  })

  it('says Solana does not slash, with the source', () => {
    const out = slashingLoss({ network: 'solana', stake: 10 })
    expect(out.supported).toBe(false)
    if (!out.supported) expect(out.source.url).toMatch(/^https:\/\/solana\.com\//)
  })

  it('never takes more than the stake or less than nothing', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('ethereum' as const, 'cosmos' as const),
        fc.double({ min: 0, max: 1e9, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (network, stake, exposure, correlatedShare) => {
          const out = slashingLoss({ network, stake, exposure, correlatedShare, apr: APR })
          if (!out.supported) return false
          return out.total >= 0 && out.total <= stake * exposure + 1e-9 && Number.isFinite(out.total)
        },
      ),
    )
  })

  it('refuses bad input with a field', () => {
    expect(() => slashingLoss({ network: 'cosmos', stake: -1 })).toThrow(/stake/)
    expect(() => slashingLoss({ network: 'cosmos', stake: 1, exposure: 2 })).toThrow(/Exposure/)
  })
})

describe('downtimeLoss', () => {
  const cosmos: StakeInput = { principal: 100, apr: 0.1536, commission: 0.05, compounding: 'none', days: 0 }

  it('misses exactly the rewards the engine projects for the outage', () => {
    const out = downtimeLoss({
      network: 'solana',
      stake: { ...cosmos, compounding: 146 },
      earnedDays: 30,
      days: 2,
    })
    const at = (days: number) => projectStake({ ...cosmos, compounding: 146, days }).finalBalance
    expect(out.missedRewards).toBeCloseTo(at(32) - at(30), 12)
    expect(out.penalties).toEqual([])
    expect(out.jailed).toBe(false)
  })

  it('jails a Cosmos validator after about 18.5 hours and burns 0.01% of the bonded stake', () => {
    expect(cosmosJailAfterHours()).toBeCloseTo((9500 * 7) / 3600, 12)
    const out = downtimeLoss({ network: 'cosmos', stake: cosmos, earnedDays: 90, days: 2 })
    expect(out.jailed).toBe(true)
    // rewards unclaimed (compounding none) are not bonded: 0.01% of the 100 ATOM principal
    expect(out.penaltyTotal).toBeCloseTo(0.01, 12)
    const restaked = downtimeLoss({
      network: 'cosmos',
      stake: { ...cosmos, compounding: 'monthly' },
      earnedDays: 90,
      days: 2,
    })
    expect(restaked.penaltyTotal).toBeCloseTo(
      bondedBalance({ ...cosmos, compounding: 'monthly' }, 90) * 0.0001,
      12,
    )
  })

  it('charges an offline Ethereum validator 40/64 of the ideal reward as penalties', () => {
    const stake: StakeInput = { principal: 32, apr: APR, commission: 0, compounding: 'none', days: 0 }
    const out = downtimeLoss({ network: 'ethereum', stake, earnedDays: 10, days: 3 })
    expect(out.penaltyTotal).toBeCloseTo(32 * APR * 0.625 * (3 / 365), 12)
    expect(out.missedRewards).toBeCloseTo(32 * APR * (3 / 365), 12)
  })

  it('refuses fractional or negative days', () => {
    expect(() => downtimeLoss({ network: 'cosmos', stake: cosmos, earnedDays: 1.5, days: 1 })).toThrow(
      /earnedDays/,
    )
    expect(() => downtimeLoss({ network: 'cosmos', stake: cosmos, earnedDays: 1, days: -1 })).toThrow(/days/)
  })
})
