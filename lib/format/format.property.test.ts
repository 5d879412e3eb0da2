import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CURRENCIES } from '@/lib/scenario/params'
import {
  formatApproxDuration,
  formatCount,
  formatDays,
  formatDuration,
  formatFiat,
  formatNumber,
  formatPercentValue,
  formatPlain,
  formatQuantity,
  formatRate,
  formatTokenAmount,
  formatTokens,
} from '.'

/** Any value an engine result can take: up to 10¹⁴³ (10¹²⁰ growth × 10¹² tokens × a 10⁹ price). */
const anyValue = fc.oneof(
  fc.double({ min: -1e143, max: 1e143, noNaN: true }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.integer({ min: -1000, max: 1000 }),
)
const durationDays = fc.oneof(
  fc.double({ min: 0, max: 36_500, noNaN: true }),
  fc.double({ min: 0, max: 2, noNaN: true }),
)

const TOKEN = { one: 'token', other: 'tokens' }

/** Every reader-facing formatter, applied to one value. */
function allTexts(n: number, days: number): string[] {
  return [
    formatNumber(n),
    formatTokens(n, 'ETH'),
    formatTokenAmount(n, 'ATOM'),
    formatPlain(n),
    formatCount(n),
    formatFiat(n, 'USD'),
    formatFiat(n, 'JPY'),
    formatRate(n),
    formatPercentValue(n),
    formatQuantity(n, TOKEN),
    formatDays(Math.round(days)),
    formatDuration(days),
    formatApproxDuration(days),
    `After about ${formatDuration(days)}`,
  ]
}

/** A word written twice in a row ("about about"). */
const DOUBLED = /\b([A-Za-z]+)\s+\1\b/i
/** "1 minutes", "1 tokens", "1 days": a one with a plural noun. */
const ONE_PLURAL = /(^|[^\d.,])1 (minutes|hours|days|tokens)\b/
/** Exponent notation in any spelling: 1.7E15, 1e+21, 1.2e-7. */
const EXPONENT = /\d[eE][+-]?\d/

describe('reader-facing formatters', () => {
  it('never double a word, never pair one with a plural, never write an exponent', () => {
    fc.assert(
      fc.property(anyValue, durationDays, (n, days) => {
        for (const text of allTexts(n, days)) {
          expect(text).not.toMatch(DOUBLED)
          expect(text).not.toMatch(ONE_PLURAL)
          expect(text).not.toMatch(EXPONENT)
          expect(text).not.toMatch(/NaN|Infinity|undefined/)
        }
      }),
      { numRuns: 400 },
    )
  })

  it('writes huge values compactly and within a phone line, in every currency', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e15, max: 1e143, noNaN: true }),
        fc.constantFrom(...CURRENCIES),
        (n, c) => {
          for (const text of [formatNumber(n), formatFiat(n, c), formatTokens(n, 'ETH')])
            expect(text.length).toBeLessThanOrEqual(32)
        },
      ),
    )
  })
})
