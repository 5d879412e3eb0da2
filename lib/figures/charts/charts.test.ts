import { phaseLabel } from '@/lib/i18n/en-liquidity'
import Decimal from 'decimal.js'
import { describe, expect, it } from 'vitest'
import {
  ethereumConsensusApr,
  impermanentLoss,
  NETWORK_PRESETS,
  projectStake,
  solanaInflationRate,
  timeToLiquidity,
} from '@/lib/calculator'
import type { LineChartModel, TimelineChartModel } from '../chart-model'
import { CHART_IDS, CHARTS } from './index'

const line = (id: Exclude<keyof typeof CHARTS, 'liquidity-timeline'>) => CHARTS[id]() as LineChartModel
const at = <T>(items: readonly T[], i: number): T => {
  const item = items.at(i)
  if (item === undefined) throw new Error(`no item ${i}`)
  return item
}

describe('every chart', () => {
  it.each(CHART_IDS)('%s has a caption, a note and a table with a row header and rows', (id) => {
    const model = CHARTS[id]()
    expect(model.id).toBe(id)
    expect(model.caption.length).toBeGreaterThan(40)
    expect(model.note.length).toBeGreaterThan(20)
    expect(model.table.rows.length).toBeGreaterThan(2)
    expect(model.table.columns.filter((c) => c.rowHeader)).toHaveLength(1)
    for (const row of model.table.rows)
      for (const column of model.table.columns) expect(row[column.key]).toBeTypeOf('string')
  })

  it.each(CHART_IDS)('%s plots only finite numbers inside its axes', (id) => {
    const model = CHARTS[id]()
    if (model.kind === 'timeline') return
    for (const series of model.series)
      for (const p of series.points) {
        expect(p.x).toBeGreaterThanOrEqual(model.x.min - 1e-9)
        expect(p.x).toBeLessThanOrEqual(model.x.max + 1e-9)
        expect(p.y).toBeGreaterThanOrEqual(model.y.min)
        expect(p.y).toBeLessThanOrEqual(model.y.max)
      }
  })
})

describe('Ethereum APR against total staked', () => {
  const model = line('eth-apr-vs-staked')
  const points = at(model.series, 0).points

  it.each([0, 10, 30, 55])('plots the engine’s APR at sample %i', (i) => {
    const p = at(points, i)
    expect(p.y).toBe(ethereumConsensusApr(p.x * 1e6))
  })

  it('matches the spec formula worked independently: ⌊64·10⁹ / ⌊√(S·10⁹)⌋⌋ Gwei × 225 × 365 / 10⁹', () => {
    // 5 M ETH: √(5·10¹⁵) = 70,710,678.1…, floored 70,710,678; 64·10⁹ / 70,710,678 = 905.09…, floored 905 Gwei per
    // ETH per epoch; × 225 epochs × 365 days = 74,323,125 Gwei = 0.074323125 a year.
    const worked = (millions: number) => {
      const root = new Decimal(millions).times(1e15).sqrt().floor()
      return new Decimal(64e9)
        .div(root)
        .floor()
        .times(225 * 365)
        .div(1e9)
        .toNumber()
    }
    expect(worked(5)).toBe(0.074323125)
    expect(at(points, 0).y).toBeCloseTo(worked(5), 12)
    expect(at(points, -1).y).toBeCloseTo(worked(60), 12)
  })

  it('marks today’s total read through the Ethereum preset, so a refreshed figure moves the marker', () => {
    const figure = NETWORK_PRESETS.ethereum.rewardModel.totalStakedEth
    expect(at(model.markers, 0).x).toBe(figure.value / 1e6)
    const original = figure.value
    try {
      figure.value = 40_000_000
      const moved = line('eth-apr-vs-staked')
      expect(at(moved.markers, 0).x).toBe(40)
      expect(at(moved.markers, 0).y).toBe(ethereumConsensusApr(40_000_000))
    } finally {
      figure.value = original
    }
  })

  it('lists the marked figure in its table', () => {
    const latest = NETWORK_PRESETS.ethereum.rewardModel.totalStakedEth.value
    const apr = ethereumConsensusApr(latest)
    expect(model.table.rows).toContainEqual({
      staked: `${(latest / 1e6).toFixed(2)}M ETH (latest figure)`,
      apr: `${(apr * 100).toFixed(2)}%`,
    })
  })
})

describe('Solana inflation schedule', () => {
  const model = line('solana-inflation')
  const points = at(model.series, 0).points

  it.each([0, 4, 20, 41, 42, 61])('plots the engine’s rate at sample %i', (i) => {
    const p = at(points, i)
    expect(p.y).toBe(solanaInflationRate(p.x))
  })

  it('starts at 8 %, gives 6.8 % after a year and marks the 1.5 % floor at ln(0.1875) / ln(0.85) ≈ 10.3 years', () => {
    expect(at(points, 0).y).toBe(0.08)
    expect(at(points, 4)).toEqual({ x: 1, y: solanaInflationRate(1) })
    expect(at(points, 42).x).toBe(at(model.markers, 0).x)
    expect(solanaInflationRate(1)).toBeCloseTo(0.068, 12)
    expect(model.rules).toEqual([{ axis: 'y', value: 0.015, label: 'Long-term rate 1.5%' }])
    expect(at(model.markers, 0).x).toBeCloseTo(Math.log(0.1875) / Math.log(0.85), 12)
    expect(at(model.markers, 0).x).toBeCloseTo(10.3, 1)
  })
})

describe('compounding curves', () => {
  const model = line('compounding-frequencies')
  const byKey = (key: string) => {
    const series = model.series.find((s) => s.key === key)
    if (!series) throw new Error(key)
    return series.points
  }

  it('ends each curve at the engine’s final balance after 30 years', () => {
    for (const key of ['daily', 'monthly', 'yearly', 'none'] as const) {
      const final = projectStake({
        principal: 1000,
        apr: 0.08,
        commission: 0,
        compounding: key,
        days: 10_950,
      })
      expect(at(byKey(key), -1)).toEqual({ x: 30, y: final.finalBalance })
    }
  })

  it('matches independently worked balances: simple 3,400; yearly 1,000 · 1.08³⁰; daily 1,000 · (1 + 0.08/365)^10,950', () => {
    expect(at(byKey('none'), -1).y).toBeCloseTo(3400, 9)
    expect(at(byKey('yearly'), -1).y).toBeCloseTo(new Decimal('1.08').pow(30).times(1000).toNumber(), 8)
    const daily = new Decimal(1).plus(new Decimal('0.08').div(365)).pow(10_950).times(1000)
    expect(at(byKey('daily'), -1).y).toBeCloseTo(daily.toNumber(), 6)
  })

  it('plots a subset of the engine’s own series points', () => {
    const engine = projectStake({
      principal: 1000,
      apr: 0.08,
      commission: 0,
      compounding: 'monthly',
      days: 10_950,
    })
    for (const i of [1, 10, 25]) {
      const p = at(engine.series, i * 8)
      expect(at(byKey('monthly'), i)).toEqual({ x: p.day / 365, y: p.balance })
    }
  })

  it('tabulates the same balances', () => {
    expect(model.table.rows.at(-1)).toMatchObject({ years: '30 years', none: '3,400', yearly: '10,062.66' })
  })
})

describe('impermanent loss curve', () => {
  const model = line('impermanent-loss')
  const points = at(model.series, 0).points

  it.each([0, 15, 30, 45, 60])('plots the engine’s loss at sample %i', (i) => {
    const p = at(points, i)
    expect(p.y).toBe(impermanentLoss(p.x))
  })

  it('is zero at no change and −20 % at a quarter or four times the price', () => {
    expect(at(points, 30).x).toBeCloseTo(1, 12)
    expect(at(points, 30).y).toBeCloseTo(0, 12)
    expect(model.table.rows).toContainEqual({ ratio: '4×', loss: '-20%' })
    expect(model.table.rows).toContainEqual({ ratio: '0.25×', loss: '-20%' })
    expect(model.table.rows).toContainEqual({ ratio: '2×', loss: '-5.72%' })
  })
})

describe('liquidity timeline', () => {
  const model = CHARTS['liquidity-timeline']() as TimelineChartModel

  it('draws the engine’s phases for each network', () => {
    const eth = timeToLiquidity({ network: 'ethereum', method: 'solo' })
    const row = at(model.rows, 0)
    const drawn = eth.phases.filter((p) => p.endDay > p.startDay)
    expect(row.segments.map((s) => [s.start, s.end])).toEqual(drawn.map((p) => [p.startDay, p.endDay]))
    expect(row.segments.map((s) => s.label)).toEqual(drawn.map((p) => phaseLabel(p.id)))
  })

  it('shows the Cosmos Hub’s 21-day unbonding and a liquid token sold in minutes', () => {
    expect(at(model.rows, 1)).toMatchObject({ total: '≈ 21 days' })
    expect(at(at(model.rows, 1).segments, 0)).toMatchObject({ start: 0, end: 21 })
    expect(at(model.rows, 3).total).toBe('minutes')
  })

  it('reaches past the longest wait and names every colour it uses', () => {
    expect(model.x.max).toBeGreaterThanOrEqual(21)
    const colours = new Set(model.rows.flatMap((r) => r.segments.map((s) => s.color)))
    expect(new Set(model.legend.map((l) => l.color))).toEqual(colours)
  })
})
