import { describe, expect, it } from 'vitest'
import { calculatorHref } from './calculator-link'

describe('calculatorHref', () => {
  it('writes the calculator’s public parameters, rates in percent', () => {
    expect(
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
    ).toBe(
      '/calculator?amount=100&apr=15.360502&compounding=none&commission=5&days=400&inflation=10&symbol=ATOM&network=cosmos',
    )
  })

  it('writes tiny amounts without exponents and numeric compounding as a number', () => {
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
    const q = new URL(href, 'https://x.test').searchParams
    expect(Object.fromEntries(q)).toEqual({
      amount: '0.000000001',
      apr: '7.8',
      compounding: '146',
      commission: '0',
      days: '30',
      price: '150.5',
      priceChange: '-20',
      currency: 'EUR',
    })
  })
})
