import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { textWidth, wrapText } from './text'

describe('wrapText', () => {
  it('wraps at word boundaries to the given width', () => {
    expect(wrapText('At least 32 ETH sent to the deposit contract', 120, 12)).toEqual([
      'At least 32 ETH',
      'sent to the deposit',
      'contract',
    ])
  })

  it('keeps a word longer than the line whole, on its own line', () => {
    expect(wrapText('a supercalifragilistic word', 40, 12)).toEqual(['a', 'supercalifragilistic', 'word'])
  })

  it('keeps every word in order and never exceeds the width with a line of several words', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[A-Za-z0-9’,.]{1,12}$/), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 40, max: 600 }),
        fc.integer({ min: 9, max: 16 }),
        fc.boolean(),
        (words, width, size, bold) => {
          const lines = wrapText(words.join(' '), width, size, bold)
          expect(lines.join(' ')).toBe(words.join(' '))
          for (const line of lines)
            if (line.includes(' ')) expect(textWidth(line, size, bold)).toBeLessThanOrEqual(width)
        },
      ),
    )
  })
})

describe('textWidth', () => {
  it('grows with the font size and is wider in bold', () => {
    expect(textWidth('Validator', 26)).toBeCloseTo(2 * textWidth('Validator', 13), 9)
    expect(textWidth('Validator', 13, true)).toBeGreaterThan(textWidth('Validator', 13))
    expect(textWidth('', 13)).toBe(0)
  })
})
