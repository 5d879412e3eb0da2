import Decimal from 'decimal.js'
import { describe, expect, it } from 'vitest'
import { figure } from '@/lib/data/snapshot'
import { CALCULATOR_PRESETS } from '../presets/calculator'
import { networkRatePath } from '../presets/rate-paths'
import { projectStake } from '../project'
import { pathAprs } from '../rate-path'
import { cosmosRatePath } from './cosmos'
import { ethereumConsensusApr, ethereumRatePath } from './ethereum'
import { solanaRatePath } from './solana'

Decimal.set({ precision: 60 })

describe('solanaRatePath (issue item 1)', () => {
  const input = { startEpoch: 662, stakedFraction: 0.65, epochDays: 2, days: 3650 }

  it('starts at the schedule’s rate for the epoch and tapers to the floor', () => {
    // y(662) = 513 · 432,000 / 78,892,314.98 = 2.809121; 8% · 0.85^2.809121 = 5.0678%; / 0.65 = 7.797%
    const y = new Decimal(513).mul(432_000).div(new Decimal('365.242199').mul(86_400).div('0.4'))
    const first = new Decimal('0.85').pow(y).mul('0.08').div('0.65').toNumber()
    const { aprs, stepDays } = pathAprs(solanaRatePath(input), input.days)
    expect(stepDays).toBe(2)
    expect(aprs[0]).toBeCloseTo(first, 14)
    expect(aprs[0]).toBeCloseTo(0.078, 3)
    // the floor: 1.5% / 0.65 = 2.3077%, the last rate, which then holds
    expect(aprs.at(-1)).toBeCloseTo(0.015 / 0.65, 15)
  })

  it('10 SOL for 10 years end near 14.57 SOL with the taper, less than at the constant preset rate', () => {
    const sol = CALCULATOR_PRESETS['solana-delegate'].input
    const path = solanaRatePath(input)
    const tapered = projectStake({ ...sol, days: 3650, compounding: 'daily', ratePath: path }).finalBalance
    // Independent loop: one day at a time, rewards restaked daily at the epoch's rate after 5% commission.
    const { aprs } = pathAprs(path, 3650)
    let balance = 10
    for (let day = 0; day < 3650; day += 1) {
      const apr = aprs[Math.min(Math.floor(day / 2), aprs.length - 1)] ?? 0
      balance *= 1 + (apr * 0.95) / 365
    }
    expect(tapered).toBeCloseTo(balance, 10)
    expect(tapered).toBeGreaterThan(13.4)
    expect(tapered).toBeLessThan(14.7)
    // at the preset's constant rate instead, compounded every epoch: 10 · (1 + r(1 − c)/n)^(10n)
    const n = Number(sol.compounding)
    const constant = sol.principal * (1 + (sol.apr * (1 - sol.commission)) / n) ** (n * 10)
    expect(projectStake({ ...sol, days: 3650 }).finalBalance).toBeCloseTo(constant, 9)
    expect(constant).toBeGreaterThan(tapered)
  })

  it.each([
    { patch: { startEpoch: 100 }, field: 'startEpoch' },
    { patch: { stakedFraction: 0 }, field: 'stakedFraction' },
    { patch: { epochDays: 0 }, field: 'epochDays' },
  ])('rejects $patch naming $field', ({ patch, field }) => {
    expect(() => solanaRatePath({ ...input, ...patch })).toThrow(expect.objectContaining({ field }))
  })
})

describe('cosmosRatePath', () => {
  const hub = {
    inflation: 0.1,
    bondedRatio: 0.638,
    communityTax: 0.02,
    goalBonded: 0.67,
    inflationRateChange: 1,
    inflationMin: 0.07,
    inflationMax: 0.1,
    days: 3650,
  }

  it('stays at the cap while the bonded ratio is below the goal', () => {
    // (1 − 0.638 / 0.67) · 1 = +4.78 points a year: already at 10%, so 10% · 0.98 / 0.638 throughout
    const { aprs } = pathAprs(cosmosRatePath(hub), hub.days)
    expect(aprs).toEqual([(0.1 * 0.98) / 0.638])
    expect(aprs[0]).toBe(CALCULATOR_PRESETS['cosmos-delegate'].input.apr)
  })

  it('steps down toward the floor when the bonded ratio is above the goal', () => {
    // (1 − 0.75 / 0.67) · 1 = −0.119403 a year = −0.000327131 a day; 10% → 7% takes 0.03 / 0.000327131 = 91.7 → 92 days
    const { aprs } = pathAprs(cosmosRatePath({ ...hub, bondedRatio: 0.75 }), hub.days)
    const perDay = new Decimal(1).sub(new Decimal('0.75').div('0.67')).div(365)
    expect(aprs[1]).toBeCloseTo(new Decimal('0.1').add(perDay).mul('0.98').div('0.75').toNumber(), 15)
    expect(aprs).toHaveLength(93)
    expect(aprs.at(-1)).toBeCloseTo((0.07 * 0.98) / 0.75, 15)
  })

  it('rejects bounds the wrong way round naming inflationMin', () => {
    expect(() => cosmosRatePath({ ...hub, inflationMin: 0.2 })).toThrow(
      expect.objectContaining({ field: 'inflationMin' }),
    )
  })
})

describe('ethereumRatePath', () => {
  it('held total stake is one constant rate', () => {
    const path = ethereumRatePath({ totalStakedEth: 34_560_000, days: 3650 })
    expect(pathAprs(path, 3650).aprs).toEqual([ethereumConsensusApr(34_560_000)])
  })

  it('a growing total stake lowers the APR month by month', () => {
    // month 1 at 34.56 M + 1.2 M · 0.5 / 12 = 34.61 M; month 13 at 34.56 M + 1.2 M · 12.5 / 12 = 35.81 M
    const { aprs } = pathAprs(
      ethereumRatePath({ totalStakedEth: 34_560_000, growthEthPerYear: 1_200_000, days: 730 }),
      730,
    )
    expect(aprs[0]).toBe(ethereumConsensusApr(34_610_000))
    expect(aprs[12]).toBe(ethereumConsensusApr(35_810_000))
    expect(aprs[12] ?? 1).toBeLessThan(aprs[0] ?? 0)
  })

  it('refuses a decrease that empties the chain, naming growthEthPerYear', () => {
    expect(() => ethereumRatePath({ totalStakedEth: 1000, growthEthPerYear: -10_000, days: 365 })).toThrow(
      expect.objectContaining({ field: 'growthEthPerYear' }),
    )
  })
})

describe('networkRatePath', () => {
  it('reads each network’s dated figures and says what it holds', () => {
    expect(networkRatePath('solana', { days: 365 }).assumption).toEqual({
      network: 'solana',
      startEpoch: figure('solana.referenceEpoch').value,
      stakedFraction: figure('solana.stakedFraction').value,
      epochDays: figure('solana.epochDays').value,
    })
    expect(networkRatePath('ethereum', { days: 365 }).assumption).toMatchObject({ growthEthPerYear: 0 })
    expect(networkRatePath('cosmos', { days: 365 }).assumption).toMatchObject({ goalBonded: 0.67 })
  })
})
