import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { projectStake } from '@/lib/calculator'
import { hostileQueryArb, hostileRecordArb, scenarioArb } from './arbitraries'
import { scenarioProblem } from './check'
import { PARAM_RANGES, SYMBOL_PATTERN, CURRENCIES } from './params'
import { parseScenarioQuery, parseWidgetQuery } from './parse'
import { scenarioToSearchParams } from './serialize'
import { scenarioToStakeInput } from './stake-input'
import type { Scenario } from './types'

const within = (n: number, r: { min: number; max: number }) => n >= r.min && n <= r.max && !Object.is(n, -0)

/** Every invariant a parsed scenario must satisfy. */
function expectInRange(s: Scenario) {
  expect(within(s.amount, PARAM_RANGES.amount)).toBe(true)
  expect(within(s.rate, PARAM_RANGES[s.rateKind])).toBe(true)
  expect(within(s.commission, PARAM_RANGES.commission)).toBe(true)
  expect(within(s.days, PARAM_RANGES.days) && Number.isInteger(s.days)).toBe(true)
  if (s.price !== undefined) expect(within(s.price, PARAM_RANGES.price)).toBe(true)
  if (s.priceChange !== undefined) expect(within(s.priceChange, PARAM_RANGES.priceChange)).toBe(true)
  if (s.inflation !== undefined) expect(within(s.inflation, PARAM_RANGES.inflation)).toBe(true)
  if (typeof s.compounding === 'number') {
    expect(Number.isSafeInteger(s.compounding) && s.compounding >= 1).toBe(true)
  }
  expect(s.symbol).toMatch(SYMBOL_PATTERN)
  expect(CURRENCIES).toContain(s.currency)
  expect(scenarioProblem(s)).toBeNull()
}

describe('parseScenarioQuery on arbitrary and hostile input', () => {
  it('never throws and always yields values inside their ranges', () => {
    fc.assert(
      fc.property(fc.oneof(hostileQueryArb, hostileRecordArb), (query) => {
        const { scenario, issues } = parseWidgetQuery(query)
        expectInRange(scenario)
        for (const issue of issues) expect(issue.message).not.toMatch(/[<>]|javascript:|onload/i)
      }),
      { numRuns: 500 },
    )
  })

  it('never throws on an arbitrary query string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expectInRange(parseScenarioQuery(text).scenario)
      }),
    )
  })

  it('gives results the engine can always compute, with finite numbers', () => {
    fc.assert(
      fc.property(hostileQueryArb, (query) => {
        const projection = projectStake(scenarioToStakeInput(parseScenarioQuery(query).scenario))
        expect(Number.isFinite(projection.finalBalance)).toBe(true)
        expect(Number.isFinite(projection.fiat?.finalValue ?? 0)).toBe(true)
      }),
      { numRuns: 200 },
    )
  })

  it('is a fixed point: parsing the serialized result gives it back without issues', () => {
    fc.assert(
      fc.property(hostileQueryArb, (query) => {
        const first = parseScenarioQuery(query).scenario
        expect(parseScenarioQuery(scenarioToSearchParams(first))).toEqual({ scenario: first, issues: [] })
      }),
      { numRuns: 300 },
    )
  })
})

describe('scenario → query → scenario', () => {
  it('round-trips every valid scenario exactly', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        expect(parseScenarioQuery(scenarioToSearchParams(s))).toEqual({ scenario: s, issues: [] })
      }),
      { numRuns: 500 },
    )
  })

  it('round-trips with every value written out', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const params = scenarioToSearchParams(s, { explicit: true })
        expect(parseScenarioQuery(params.toString())).toEqual({ scenario: s, issues: [] })
      }),
    )
  })
})
