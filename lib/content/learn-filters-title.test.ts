import { describe, expect, it } from 'vitest'
import { documentTitle } from '@/lib/seo/page-metadata'
import { learnFiltersTitle } from './learn-filters-title'

describe('learnFiltersTitle', () => {
  it.each([
    [{ section: 'all', difficulty: 'all' }, 'Learn'],
    [{ section: 'rewards', difficulty: 'all' }, 'Learn: Rewards'],
    [{ section: 'all', difficulty: 'advanced' }, 'Learn: Advanced'],
    [{ section: 'rewards', difficulty: 'beginner' }, 'Learn: Rewards, Beginner'],
  ])('titles %o as %s', (filters, title) => {
    expect(learnFiltersTitle(filters)).toBe(title)
  })

  it('reads in the browser as every page does: the title, then the site', () => {
    expect(documentTitle(learnFiltersTitle({ section: 'risks', difficulty: 'all' }))).toBe(
      'Learn: Risks and security · Staking Field Guide',
    )
  })
})
