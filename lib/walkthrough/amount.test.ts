import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { availableToStake, checkAmount, suggestedAmount } from './amount'
import { METHOD_IDS, NETWORK_IDS } from './types'
import { NETWORK_PRESETS } from '@/lib/calculator'

describe('checkAmount', () => {
  it.each([
    ['100', 'cosmos', 'delegated', '100'],
    [' 1,000.50 ', 'solana', 'liquid', 'fails'],
    ['0012.500', 'cosmos', 'delegated', '12.5'],
    ['.25', 'ethereum', 'liquid', '0.25'],
    ['32', 'ethereum', 'solo', '32'],
    ['0.000000001', 'solana', 'delegated', '0.000000001'],
  ] as const)('accepts %j on %s %s as %s', (raw, network, method, text) => {
    const result = checkAmount(raw, network, method)
    if (text === 'fails') expect(result.ok).toBe(false)
    else expect(result).toEqual({ ok: true, value: Number(text), text })
  })

  it.each([
    ['', 'cosmos', 'delegated', { code: 'amount-empty' }],
    ['ten', 'cosmos', 'delegated', { code: 'amount-not-number' }],
    ['1e3', 'cosmos', 'delegated', { code: 'amount-not-number' }],
    ['-5', 'cosmos', 'delegated', { code: 'amount-not-number' }],
    ['1,00', 'cosmos', 'delegated', { code: 'amount-not-number' }],
    ['0', 'cosmos', 'delegated', { code: 'amount-zero' }],
    ['0.0000001', 'cosmos', 'delegated', { code: 'amount-decimals', decimals: 6 }],
    ['16', 'ethereum', 'solo', { code: 'amount-solo-exact', exact: 32 }],
    ['33', 'ethereum', 'solo', { code: 'amount-solo-exact', exact: 32 }],
    ['500', 'cosmos', 'delegated', { code: 'amount-above-balance', available: 499.995 }],
    ['1,000', 'solana', 'liquid', { code: 'amount-above-balance', available: 100 - 0.000005 }],
  ] as const)('refuses %j on %s %s', (raw, network, method, problem) => {
    expect(checkAmount(raw, network, method)).toEqual({ ok: false, problem })
  })

  it('never throws and never accepts more than the balance', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 60 }),
        fc.constantFrom(...NETWORK_IDS),
        fc.constantFrom(...METHOD_IDS),
        (raw, network, method) => {
          const result = checkAmount(raw, network, method)
          if (result.ok) {
            expect(result.value).toBeGreaterThan(0)
            expect(result.value).toBeLessThanOrEqual(availableToStake(network, method))
            expect(checkAmount(result.text, network, method)).toEqual(result)
          }
        },
      ),
    )
  })

  it('suggests an amount every offered method accepts', () => {
    for (const network of NETWORK_IDS)
      for (const method of NETWORK_PRESETS[network].methods)
        expect(checkAmount(suggestedAmount(network, method), network, method).ok).toBe(true)
  })
})
