import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { foldForMatch } from './fold'

describe('foldForMatch', () => {
  it.each([
    ['Proof-of-Stake', 'proof of stake'],
    ['  APR  (annual   rate) ', 'apr annual rate'],
    ['Déjà vu', 'deja vu'],
    ['MEV-Boost', 'mev boost'],
    ['', ''],
  ])('%s → %s', (input, expected) => {
    expect(foldForMatch(input)).toBe(expected)
  })

  it('is idempotent, so folded queries match folded terms', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(foldForMatch(foldForMatch(s))).toBe(foldForMatch(s))
      }),
    )
  })

  it('keeps a folded term containing each of its folded words', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[A-Za-z]{1,8}$/), { minLength: 1, maxLength: 4 }), (words) => {
        const term = foldForMatch(words.join('-'))
        for (const w of words) expect(term).toContain(foldForMatch(w))
      }),
    )
  })
})
