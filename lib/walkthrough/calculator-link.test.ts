import { describe, expect, it } from 'vitest'
import { parseScenarioQuery } from '@/lib/scenario/parse'
import { calculatorHref } from './calculator-link'

const parsed = (href: string) => {
  expect(href.startsWith('/calculator?')).toBe(true)
  return parseScenarioQuery(new URL(href, 'https://x.test').searchParams)
}

describe('calculatorHref', () => {
  it('links to a calculator scenario equal to the walkthrough’s, rates in percent', () => {
    const { scenario, issues } = parsed(
      calculatorHref({
        amount: 100,
        apr: 0.153605016,
        compounding: 'none',
        commission: 0.05,
        days: 400,
        inflation: 0.1,
        symbol: 'ATOM',
        network: 'cosmos',
      }),
    )
    expect(issues).toEqual([])
    expect(scenario).toMatchObject({
      network: 'cosmos',
      amount: 100,
      rateKind: 'apr',
      rate: 15.360502,
      compounding: 'none',
      commission: 5,
      days: 400,
      inflation: 10,
      symbol: 'ATOM',
    })
  })

  it('carries a solo validator’s 0x02 credentials, and leaves the default 0x01 out', () => {
    const link = (credentials: '0x01' | '0x02') =>
      calculatorHref({
        amount: 32,
        apr: 0.028,
        compounding: 'none',
        commission: 0,
        days: 3650,
        symbol: 'ETH',
        network: 'ethereum',
        credentials,
      })
    const compounding = parsed(link('0x02'))
    expect(compounding.issues).toEqual([])
    expect(compounding.scenario.credentials).toBe('0x02')
    expect(link('0x01')).not.toContain('credentials')
  })

  it('keeps tiny amounts, numeric compounding, prices and currencies through the round trip', () => {
    const href = calculatorHref({
      amount: 1e-9,
      apr: 0.078,
      compounding: 146,
      commission: 0,
      days: 30,
      price: 150.5,
      priceChange: -0.2,
      currency: 'EUR',
    })
    const { scenario, issues } = parsed(href)
    expect(issues).toEqual([])
    expect(scenario).toMatchObject({
      amount: 1e-9,
      rate: 7.8,
      compounding: 146,
      commission: 0,
      days: 30,
      price: 150.5,
      priceChange: -20,
      currency: 'EUR',
    })
  })
})
