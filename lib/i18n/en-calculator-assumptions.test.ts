import { describe, expect, it } from 'vitest'
import { projectStake, simulateOutcomes } from '@/lib/calculator'
import { projectionAssumptionText } from './en-calculator-assumptions'
import { outcomeAssumptionText } from './en-outcome-assumptions'

describe('assumption texts', () => {
  it('words a projection’s assumptions, formulas with their numbers', () => {
    const p = projectStake({
      principal: 1000,
      apr: 0.1,
      commission: 0.1,
      compounding: 'monthly',
      days: 365,
      price: 2500,
      inflation: 0.03,
    })
    expect(p.assumptions.map(projectionAssumptionText)).toEqual([
      'Net APR = APR × (1 − commission) = 10% × (1 − 10%) = 9%.',
      'Rewards are restaked monthly (12 times a year): balance = P·(1 + r/12)^(12·t), with r the net APR and t = days ÷ 365.',
      'A year is 365 days. Rewards accrue evenly within a period and are restaked at its end; a part-period at the end earns simple interest.',
      'The APR is assumed constant for the whole period, with full uptime and no slashing.',
      'Final price = price × (1 + price change) = 2,500 × (1 + 0%); in between, the price moves in a straight line.',
      'Real yield uses the Fisher relation: (1 + APY) ÷ (1 + inflation) − 1, with inflation 3% a year.',
    ])
    const none = projectStake({ principal: 1, apr: 0.05, commission: 0, compounding: 'none', days: 10 })
    expect(projectionAssumptionText(none.assumptions[1]!)).toBe(
      'Rewards are not restaked (simple interest): balance = P·(1 + r·t), with r the net APR and t = days ÷ 365.',
    )
    const every5 = projectStake({ principal: 1, apr: 0.05, commission: 0, compounding: 73, days: 10 })
    expect(projectionAssumptionText(every5.assumptions[1]!)).toMatch(
      /^Rewards are restaked 73 times a year: /,
    )
  })

  it('words the simulation’s assumptions, with its paths and seed', () => {
    const range = simulateOutcomes({
      principal: 100,
      apr: 0.05,
      commission: 0,
      compounding: 'daily',
      days: 365,
      paths: 10_000,
      seed: 7,
    })
    const texts = range.assumptions.map(outcomeAssumptionText)
    expect(texts).toHaveLength(5)
    expect(texts.at(-1)).toBe(
      '10,000 paths with seed 7; P10/P50/P90 are the 10th, 50th and 90th percentiles.',
    )
    expect(texts).toContain('The final price is fixed at price × (1 + price change).')
  })
})
