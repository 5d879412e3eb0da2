import { describe, expect, it } from 'vitest'
import { getDictionary } from './index'

describe('getDictionary', () => {
  it('returns English strings with working templates', () => {
    const t = getDictionary('en')
    expect(t.article.readingTime(7)).toBe('7 min read')
    expect(t.learn.articles(1)).toBe('1 article')
    expect(t.disclaimer.short).toBe('Educational only, not financial advice.')
  })
})
