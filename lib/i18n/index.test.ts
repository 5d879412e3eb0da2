import { describe, expect, it } from 'vitest'
import { formatDate, getDictionary } from './index'

describe('formatDate', () => {
  it.each([
    ['2026-11-25', 'November 25, 2026'],
    ['2024-02-29', 'February 29, 2024'],
    ['2026-01-01', 'January 1, 2026'],
  ])('formats %s as %s in every time zone', (iso, expected) => {
    expect(formatDate(iso)).toBe(expected)
  })
})

describe('getDictionary', () => {
  it('returns English strings with working templates', () => {
    const t = getDictionary('en')
    expect(t.article.readingTime(7)).toBe('7 min read')
    expect(t.learn.articles(1)).toBe('1 article')
    expect(t.disclaimer.short).toBe('Educational only, not financial advice.')
  })
})
