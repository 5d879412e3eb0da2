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
    ['16', 'ethereum', 'solo', { code: 'amount-below-minimum', minimum: 32 }],
    // 32 as a float, but below 32 digit by digit
    ['31.999999999999999999', 'ethereum', 'solo', { code: 'amount-below-minimum', minimum: 32 }],
    ['500', 'cosmos', 'delegated', { code: 'amount-above-balance', available: 499.995 }],
    ['1,000', 'solana', 'liquid', { code: 'amount-above-balance', available: 100 - 0.000005 }],
  ] as const)('refuses %j on %s %s', (raw, network, method, problem) => {
    expect(checkAmount(raw, network, method)).toEqual({ ok: false, problem })
  })

  // Solo Ethereum (Electra): one validator needs 32 ETH (MIN_ACTIVATION_BALANCE); with 0x01 credentials only
  // 32 ETH counts (get_max_effective_balance), with 0x02 up to 2,048 ETH (MAX_EFFECTIVE_BALANCE_ELECTRA).
  it.each([
    ['32', '0x01', { ok: true, value: 32, text: '32' }],
    ['32', '0x02', { ok: true, value: 32, text: '32' }],
    ['100.5', '0x02', { ok: true, value: 100.5, text: '100.5' }],
    ['2,048', '0x02', { ok: true, value: 2048, text: '2048' }],
    ['31.5', '0x02', { ok: false, problem: { code: 'amount-below-minimum', minimum: 32 } }],
    [
      '40',
      '0x01',
      { ok: false, problem: { code: 'amount-above-0x01', effective: 32, excess: 8, validators: 1 } },
    ],
    // 100 ETH = 3 validators of 32 ETH (96) with 4 ETH left over
    [
      '100',
      '0x01',
      { ok: false, problem: { code: 'amount-above-0x01', effective: 32, excess: 68, validators: 3 } },
    ],
    ['2048.000000000000000001', '0x02', { ok: false, problem: { code: 'amount-above-0x02', maximum: 2048 } }],
    ['2048.5', '0x02', { ok: false, problem: { code: 'amount-above-0x02', maximum: 2048 } }],
    // Above the 2,048 ETH cap and the 2,050 ETH simulated balance: the cap is the clearer reason
    ['5000', '0x02', { ok: false, problem: { code: 'amount-above-0x02', maximum: 2048 } }],
  ] as const)(
    'a solo Ethereum validator takes %j ETH with %s credentials: %j',
    (raw, credentials, result) => {
      expect(checkAmount(raw, 'ethereum', 'solo', credentials)).toEqual(result)
    },
  )

  it('accepts for a solo validator exactly the amounts from 32 ETH to its credentials’ cap', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.5, max: 4000, noNaN: true }),
        fc.constantFrom('0x01', '0x02' as const),
        (value, credentials) => {
          const text = value.toFixed(3)
          const cap = credentials === '0x02' ? 2048 : 32
          const accepted = checkAmount(text, 'ethereum', 'solo', credentials).ok
          expect(accepted).toBe(Number(text) >= 32 && Number(text) <= cap)
        },
      ),
    )
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
