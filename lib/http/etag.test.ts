import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { listedTags, notModified } from './etag'

const TAG = 'W/"abc123_-"'

describe('notModified', () => {
  it.each([
    ['the same weak tag', 'W/"abc123_-"', true],
    ['the same tag sent strong (weak comparison)', '"abc123_-"', true],
    ['the tag among others', '"x", W/"abc123_-" , "y"', true],
    ['a list with empty elements', ' , W/"abc123_-",,', true],
    ['any representation', '*', true],
    ['another tag', 'W/"abc123_"', false],
    ['a tag that only starts like it', 'W/"abc123_-x"', false],
    ['no header', null, false],
    ['an empty header', '', false],
    ['an unquoted tag (malformed)', 'W/abc123_-', false],
    ['two tags without a comma (malformed)', '"x" W/"abc123_-"', false],
    ['a tag inside a malformed header', 'W/"abc123_-", junk', false],
  ])('%s: %s → %s', (_name, header, expected) => {
    expect(notModified(header, TAG)).toBe(expected)
  })

  it('matches only tags listed in the header (property over generated lists)', () => {
    const opaque = fc.stringMatching(/^[\x21\x23-\x7e]{0,12}$/)
    fc.assert(
      fc.property(
        fc.array(fc.tuple(opaque, fc.boolean()), { maxLength: 6 }),
        opaque,
        fc.boolean(),
        (listed, own, ownWeak) => {
          const header = listed.map(([tag, weak]) => `${weak ? 'W/' : ''}"${tag}"`).join(', ')
          const etag = `${ownWeak ? 'W/' : ''}"${own}"`
          expect(notModified(header, etag)).toBe(listed.some(([tag]) => tag === own))
        },
      ),
    )
  })

  it('never throws on any header, and answers 304 only when the tag is listed or the header is *', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii', maxLength: 60 }), (header) => {
        const result = notModified(header, TAG)
        if (result) expect(header.trim() === '*' || header.includes('"abc123_-"')).toBe(true)
      }),
    )
  })
})

describe('listedTags', () => {
  it('reads each listed tag once, in order, without W/ and quotes', () => {
    expect(listedTags('W/"a", "b,c" ,W/""')).toEqual(['a', 'b,c', ''])
  })

  it('reads * alone as any tag, and nothing from an absent or malformed header', () => {
    expect(listedTags(' * ')).toBe('*')
    expect(listedTags(null)).toEqual([])
    expect(listedTags('"a", *')).toEqual([])
    expect(listedTags('"a')).toEqual([])
  })
})
