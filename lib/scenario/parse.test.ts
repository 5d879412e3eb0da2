import { describe, expect, it } from 'vitest'
import { CALCULATOR_PRESETS } from '@/lib/calculator'
import { DEFAULT_SCENARIO, presetScenario } from './defaults'
import { parseScenarioQuery, parseWidgetQuery } from './parse'
import type { QueryInput, Scenario } from './types'

const withDefaults = (over: Partial<Scenario>): Scenario => ({ ...DEFAULT_SCENARIO, ...over })

describe('parseScenarioQuery', () => {
  it('gives the default scenario for an empty query', () => {
    expect(parseScenarioQuery('')).toEqual({ scenario: DEFAULT_SCENARIO, issues: [] })
  })

  const valid: Array<{ name: string; query: QueryInput; scenario: Scenario }> = [
    {
      name: 'reads every public parameter',
      query:
        'amount=32&apy=4.2&compounding=weekly&commission=10&days=730&price=2500&priceChange=-20&inflation=0.5&symbol=stETH&currency=eur',
      scenario: {
        amount: 32,
        rateKind: 'apy',
        rate: 4.2,
        compounding: 'weekly',
        commission: 10,
        days: 730,
        price: 2500,
        priceChange: -20,
        inflation: 0.5,
        symbol: 'stETH',
        currency: 'EUR',
      },
    },
    {
      name: 'accepts a whole number of compounding periods a year',
      query: 'compounding=146',
      scenario: withDefaults({ compounding: 146 }),
    },
    {
      name: 'accepts grouped thousands, spaces and a percent sign',
      query: { amount: ' 1,000,000.5 ', apr: '5%' },
      scenario: withDefaults({ amount: 1_000_000.5 }),
    },
    {
      name: 'reads -0 as 0',
      query: 'amount=-0',
      scenario: withDefaults({ amount: 0 }),
    },
    {
      name: 'fills missing values from the network preset',
      query: 'network=cosmos&amount=250',
      scenario: { ...presetScenario('cosmos-delegate'), amount: 250 },
    },
    {
      name: 'lets an empty optional value remove a preset figure',
      query: 'network=solana&inflation=',
      scenario: (({ inflation: _, ...rest }) => rest)(presetScenario('solana-delegate')),
    },
    {
      name: 'ignores unknown keys and the widget-only parameters',
      query: 'utm_source=x&theme=dark&compact=1&__proto__=1',
      scenario: DEFAULT_SCENARIO,
    },
  ]
  it.each(valid)('$name', ({ query, scenario }) => {
    expect(parseScenarioQuery(query)).toEqual({ scenario, issues: [] })
  })

  it('uses the Ethereum preset with its model APR and symbol', () => {
    const { scenario } = parseScenarioQuery('network=ethereum')
    expect(scenario.rate).toBeCloseTo(CALCULATOR_PRESETS['eth-solo'].input.apr * 100, 12)
    expect(scenario).toMatchObject({ network: 'ethereum', amount: 32, symbol: 'ETH', compounding: 'none' })
  })

  const invalid: Array<{ name: string; query: QueryInput; scenario: Partial<Scenario>; messages: string[] }> =
    [
      {
        name: 'text where a number belongs falls back to the default',
        query: 'amount=abc',
        scenario: { amount: 1000 },
        messages: ['Amount must be a number, such as 1000 or 2.5; using the default, 1,000 tokens'],
      },
      {
        name: 'an infinite number falls back to the default',
        query: 'apr=1e309',
        scenario: { rate: 5 },
        messages: ['APR must be a finite number; using the default, 5% APR'],
      },
      {
        name: 'NaN is not a number',
        query: 'days=NaN',
        scenario: { days: 365 },
        messages: ['Duration must be a number, such as 1000 or 2.5; using the default, 365 days'],
      },
      {
        name: 'a decimal comma is refused rather than misread',
        query: 'amount=1,5',
        scenario: { amount: 1000 },
        messages: ['Amount must be a number, such as 1000 or 2.5; using the default, 1,000 tokens'],
      },
      {
        name: 'out-of-range numbers are clamped',
        query: 'commission=150&priceChange=-300&price=1',
        scenario: { commission: 100, priceChange: -100, price: 1 },
        messages: [
          'Commission must be between 0% and 100%; using 100%',
          'Price change must be between −100% and 10,000%; using −100%',
        ],
      },
      {
        name: 'fractional days are rounded',
        query: 'days=30.5',
        scenario: { days: 31 },
        messages: ['Duration must be a whole number of days; using 31 days'],
      },
      {
        name: 'a repeated key uses its first value',
        query: 'amount=5&amount=7',
        scenario: { amount: 5 },
        messages: ['“amount” appears more than once; the first value is used'],
      },
      {
        name: 'apr wins over apy',
        query: 'apy=9&apr=4',
        scenario: { rateKind: 'apr', rate: 4 },
        messages: ['Give either apr or apy, not both; apr is used'],
      },
      {
        name: 'a value over 64 characters is refused unread',
        query: `symbol=${'A'.repeat(10_000)}`,
        scenario: { symbol: 'TOKEN' },
        messages: ['Token symbol is too long (64 characters at most); using the default, TOKEN'],
      },
      {
        name: 'markup in the symbol is refused and never echoed',
        query: 'symbol=%3Cscript%3E',
        scenario: { symbol: 'TOKEN' },
        messages: [
          'Token symbol must be 1 to 12 letters, digits, dots, dashes or underscores; using the default, TOKEN',
        ],
      },
      {
        name: 'an unknown compounding name falls back',
        query: 'compounding=hourly',
        scenario: { compounding: 'daily' },
        messages: [
          'Compounding must be none, daily, weekly, monthly, quarterly, yearly, continuous or a whole number of periods per year; using the default, daily',
        ],
      },
      {
        name: 'an empty required value falls back',
        query: 'amount=',
        scenario: { amount: 1000 },
        messages: ['Amount is empty; using the default, 1,000 tokens'],
      },
      {
        name: 'an APY too high for its compounding falls back',
        query: 'apy=5000&compounding=none',
        scenario: { rateKind: 'apr', rate: 5, compounding: 'none' },
        messages: ['With this compounding, that APY means an APR above 1,000%; using the default, 5% APR'],
      },
      {
        name: 'growth beyond what can be shown resets the duration',
        query: 'apr=1000&compounding=continuous&days=36500',
        scenario: { rate: 1000, days: 365 },
        messages: [
          'This projection grows more than 10^120-fold, too large to show. Shorten the period or lower the APR; using the default, 365 days',
        ],
      },
      {
        name: 'an unknown network is left out',
        query: 'network=bitcoin',
        scenario: { amount: 1000, symbol: 'TOKEN' },
        messages: ['Network must be ethereum, cosmos or solana; left out'],
      },
    ]
  it.each(invalid)('$name', ({ query, scenario, messages }) => {
    const parsed = parseScenarioQuery(query)
    expect(parsed.scenario).toMatchObject(scenario)
    expect(parsed.issues.map((i) => i.message)).toEqual(messages)
  })

  it('reads Next.js searchParams objects, arrays for repeated keys included', () => {
    const parsed = parseScenarioQuery({ amount: ['3', '4'], apr: '7', other: undefined })
    expect(parsed.scenario).toMatchObject({ amount: 3, rate: 7 })
    expect(parsed.issues).toHaveLength(1)
  })
})

describe('parseWidgetQuery', () => {
  it('reads theme and compact', () => {
    expect(parseWidgetQuery('theme=dark&compact').options).toEqual({ theme: 'dark', compact: true })
    expect(parseWidgetQuery('theme=LIGHT&compact=false').options).toEqual({ theme: 'light', compact: false })
    expect(parseWidgetQuery('').options).toEqual({ theme: 'auto', compact: false })
  })

  it('reports a bad theme and keeps auto', () => {
    const parsed = parseWidgetQuery('theme=%22%3E%3Csvg%20onload%3Dalert(1)%3E')
    expect(parsed.options.theme).toBe('auto')
    expect(parsed.issues.map((i) => i.message)).toEqual([
      'Theme must be light, dark or auto; using the default, auto',
    ])
  })
})
