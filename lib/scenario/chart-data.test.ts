import { describe, expect, it } from 'vitest'
import { balancePoints, CHART_POINTS, valueAxisStart } from './chart-data'
import type { BalancePoint } from './chart-data'
import { parseScenarioQuery } from './parse'

const points = (query: string) => balancePoints(parseScenarioQuery(query).scenario)

describe('balancePoints', () => {
  it('compares compounding with simple interest on the same days', () => {
    const data = points('amount=1000&apr=10&compounding=yearly&days=730')
    expect(data).toHaveLength(CHART_POINTS)
    expect(data[0]).toEqual({ day: 0, principal: 1000, rewards: 0, balance: 1000, simple: 1000 })
    // Two years at 10 %: 1,210 compounded yearly, 1,200 without restaking.
    expect(data.at(-1)!.day).toBe(730)
    expect(data.at(-1)!.balance).toBeCloseTo(1210, 9)
    expect(data.at(-1)!.simple).toBeCloseTo(1200, 9)
  })

  it('keeps every day of a short period and a single point for 0 days', () => {
    expect(points('days=10').map((p) => p.day)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    expect(points('days=0')).toHaveLength(1)
  })
})

describe('valueAxisStart', () => {
  const point = (principal: number, rewards: number): BalancePoint => ({
    day: 0,
    principal,
    rewards,
    balance: principal + rewards,
    simple: principal + rewards,
  })
  it.each([
    ['5% on 1,000: the axis starts at the principal', [point(1000, 0), point(1000, 51)], 1000],
    ['rewards of half the principal or more: from zero', [point(1000, 0), point(1000, 600)], 0],
    ['a balance below the principal (penalties): from zero', [point(1000, 0), point(1000, -5)], 0],
    ['no principal: from zero', [point(0, 0)], 0],
    ['no points: from zero', [], 0],
  ])('%s', (_, points, start) => {
    expect(valueAxisStart(points)).toBe(start)
  })
})
