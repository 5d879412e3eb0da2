import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { decodeEntities, parseExcerpt } from './excerpt'

describe('parseExcerpt', () => {
  it.each([
    [
      'plain text stays one unmarked part',
      'a validator signs',
      [{ text: 'a validator signs', match: false }],
    ],
    [
      'marked words become matched parts',
      'a <mark>validator</mark> signs',
      [
        { text: 'a ', match: false },
        { text: 'validator', match: true },
        { text: ' signs', match: false },
      ],
    ],
    [
      'entities are decoded, never interpreted as tags',
      '&lt;script&gt; &amp; <mark>APR</mark>&#39;s',
      [
        { text: '<script> & ', match: false },
        { text: 'APR', match: true },
        { text: "'s", match: false },
      ],
    ],
    [
      'other tags are dropped',
      '<b>bold</b> <mark>x</mark>',
      [
        { text: 'bold ', match: false },
        { text: 'x', match: true },
      ],
    ],
    ['an empty excerpt has no parts', '', []],
  ])('%s', (_name, html, expected) => {
    expect(parseExcerpt(html)).toEqual(expected)
  })

  it('keeps every character of text without tags or entities', () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => !/[<>&]/.test(s)),
        (s) => {
          expect(
            parseExcerpt(s)
              .map((p) => p.text)
              .join(''),
          ).toBe(s)
        },
      ),
    )
  })

  it('round-trips any escaped text wrapped in a mark as one matched part', () => {
    const escape = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (s) => {
        expect(parseExcerpt(`<mark>${escape(s)}</mark>`)).toEqual([{ text: s, match: true }])
      }),
    )
  })
})

describe('decodeEntities', () => {
  it.each([
    ['&amp;', '&'],
    ['&#8212;', '—'],
    ['&#x2014;', '—'],
    ['&unknown;', '&unknown;'],
    ['&#99999999;', '&#99999999;'],
  ])('%s → %s', (input, expected) => {
    expect(decodeEntities(input)).toBe(expected)
  })
})
