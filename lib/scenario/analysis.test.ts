import { describe, expect, it } from 'vitest'
import {
  outcomeInput,
  scenarioActivation,
  scenarioLiquidity,
  scenarioOutcomes,
  scenarioPaths,
  scenarioValidators,
} from './analysis'
import { parseScenarioQuery } from './parse'

const scenario = (query: string) => parseScenarioQuery(query).scenario

describe('scenario analysis', () => {
  it('simulates a deterministic range around the projection', () => {
    const range = scenarioOutcomes(scenario('amount=1000&apr=5&price=10'))
    expect(range).not.toBeNull()
    expect(range!.p10).toBeLessThanOrEqual(range!.p50)
    expect(range!.p50).toBeLessThanOrEqual(range!.p90)
    // Around 1,051 tokens: the drift is symmetric, uptime 99 % trims rewards a little.
    expect(range!.p50).toBeGreaterThan(1045)
    expect(range!.p50).toBeLessThan(1052)
    expect(range!.fiat?.p90).toBeGreaterThan(range!.fiat!.p10)
    expect(scenarioOutcomes(scenario('amount=1000&apr=5&price=10'))).toEqual(range)
  })

  it('returns null instead of throwing when the worst case would overflow', () => {
    expect(scenarioOutcomes(scenario('apr=1000&compounding=continuous&days=10000'))).toBeNull()
  })

  it('keeps the price range inside the engine limits', () => {
    const input = outcomeInput(scenario('price=1000000000&priceChange=10000'))
    expect(input.priceRange).toBeUndefined()
    expect(outcomeInput(scenario('price=900000000')).priceRange).toEqual({ min: 450_000_000, max: 1e9 })
  })

  it('shows one typical timeline per network without a preset, and the preset’s with one', () => {
    expect(scenarioLiquidity(scenario('')).map((t) => t.network)).toEqual(['ethereum', 'cosmos', 'solana'])
    const [cosmos] = scenarioLiquidity(scenario('network=cosmos'))
    expect(cosmos).toMatchObject({ network: 'cosmos', method: 'delegated' })
    expect(cosmos!.totalDays).toBe(21)
  })

  it('compares paths with their unstaking waits', () => {
    const rows = scenarioPaths(scenario('network=ethereum&amount=10'))!
    expect(rows.map((r) => r.id)).toEqual(['solo', 'pooled', 'liquid', 'exchange'])
    expect(rows[0]).toMatchObject({ eligible: false })
    expect(rows.every((r) => r.waitDays === null || r.waitDays >= 0)).toBe(true)
    expect(scenarioPaths(scenario(''))!.every((r) => r.waitDays === null)).toBe(true)
  })

  it('takes the pool operator’s credentials from the link (0x01 unless told), and refuses others', () => {
    const pooled = (query: string) => scenarioPaths(scenario(query))!.find((r) => r.id === 'pooled')!
    const sweep = pooled('network=ethereum&amount=10&days=3650')
    const compounding = pooled('network=ethereum&amount=10&days=3650&poolCredentials=0x02')
    expect(sweep.credentials).toBe('0x01')
    expect(compounding.credentials).toBe('0x02')
    expect(compounding.finalBalance).toBeGreaterThan(sweep.finalBalance)
    const bad = parseScenarioQuery('network=ethereum&poolCredentials=0x03')
    expect(bad.scenario.poolCredentials).toBeUndefined()
    expect(bad.issues.map((i) => i.message).join(' ')).toMatch(/Withdrawal credentials must be 0x01 or 0x02/)
  })
})

describe('the network model choices reach the engine', () => {
  it('waits behind the deposit queue from the link, or the dated one', () => {
    // (2 + ⌈(2,262,825 + 32) / 256⌉ + 3 + 5) / 225 = 8,850 / 225 days; with an empty queue 11 epochs
    expect(scenarioActivation(scenario('network=ethereum'))?.totalDays).toBeCloseTo(8850 / 225, 12)
    expect(scenarioActivation(scenario('network=ethereum&entryQueue=0'))?.totalDays).toBeCloseTo(11 / 225, 12)
    expect(scenarioActivation(scenario(''))).toBeNull()
  })

  it('uses the exit queue and the 0x02 partial withdrawal from the link', () => {
    const timelines = scenarioLiquidity(scenario('network=ethereum&exitQueue=0&credentials=0x02'))
    expect(timelines.map((t) => t.phases.at(-1)?.id)).toEqual(['withdrawal-sweep', 'pending-partial-payout'])
    expect(timelines[0]?.phases[1]?.endDay).toBeCloseTo(5 / 225, 12)
  })

  it('applies no slashing to Solana in the outcome range', () => {
    expect(outcomeInput(scenario('network=solana')).slashing).toEqual({ annualProbability: 0, fraction: 0 })
  })

  it('compares the chosen credentials with the other kind', () => {
    // APR pinned to the ideal rate at 34,560,000 ETH staked (2.8251 %), so the worked balances do not move
    // when the data snapshot's total staked is refreshed.
    const v = scenarioValidators(scenario('network=ethereum&days=7300&credentials=0x02&apr=2.8251'))
    expect(v?.chosen.finalBalance).toBeCloseTo(55.74622196, 8)
    expect(v?.other.finalBalance).toBeCloseTo(50.08064, 9)
  })
})
