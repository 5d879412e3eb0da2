import { describe, expect, it } from 'vitest'
import { figure } from '@/lib/data/snapshot'
import { calculationCsv, csvCell, csvNumber } from './csv'
import { parseScenarioQuery } from './parse'

const csv = (query: string, unit: 'year' | 'month' = 'year') =>
  calculationCsv({
    scenario: parseScenarioQuery(query).scenario,
    unit,
    generatedOn: '2026-11-25',
    link: `https://sfg.example/calculator?${query}`,
  })

describe('calculationCsv', () => {
  it('starts with the date, the link and the disclaimer, then every setting', () => {
    const lines = csv('amount=1000&apr=5&compounding=yearly&days=730').split('\r\n')
    expect(lines.slice(0, 4)).toEqual([
      'Staking Field Guide: staking rewards calculation',
      'Generated on,2026-11-25',
      'Scenario link,https://sfg.example/calculator?amount=1000&apr=5&compounding=yearly&days=730',
      '"Educational only, not financial advice."',
    ])
    expect(lines).toContain('Amount staked,1000 TOKEN')
    expect(lines).toContain('APR,5%')
    expect(lines).toContain('Compounding,yearly')
    expect(lines).toContain('Duration,730 days')
    expect(lines).toContain('Token price,not given')
    expect(lines.some((l) => l.startsWith('Assumption,Net APR = APR × (1 − commission)'))).toBe(true)
  })

  it('lists the period table with numbers worked out by hand', () => {
    // 1,000 at 5 % compounded yearly: 1,050 after one year, 1,102.50 after two.
    const lines = csv('amount=1000&apr=5&compounding=yearly&days=730&price=2').split('\r\n')
    const header = lines.indexOf(
      'Period,End day,Start balance (TOKEN),Rewards (TOKEN),End balance (TOKEN),Rewards so far (TOKEN),End value (USD)',
    )
    expect(header).toBeGreaterThan(0)
    expect(lines.slice(header + 1)).toEqual([
      'Year 1,365,1000,50,1050,50,2100',
      'Year 2,730,1050,52.5,1102.5,102.5,2205',
      '',
    ])
  })

  it('names the network figures with their sources and dates', () => {
    const text = csv('network=ethereum')
    const staked = figure('ethereum.totalStaked')
    expect(text).toContain(`Total ETH staked,"${staked.value.toLocaleString('en-US')} ETH"`)
    expect(text).toContain(`as of ${staked.asOf}`)
    expect(
      csv('network=ethereum', 'month')
        .split('\r\n')
        .filter((l) => l.startsWith('Month ')).length,
    ).toBe(12)
  })
})

describe('csv cells', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['-20%', '-20%'],
  ])('%s → %s', (input, output) => expect(csvCell(input)).toBe(output))

  it('writes numbers plainly', () => {
    expect([csvNumber(1102.5), csvNumber(1 / 3), csvNumber(1e22), csvNumber(Number.NaN)]).toEqual([
      '1102.5',
      '0.33333333',
      '1e+22',
      '',
    ])
  })
})
