import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { learnFiltersQuery, parseLearnFilters } from './learn-filters'
import { DIFFICULTIES, SECTIONS } from './sections'

const allowed = {
  section: new Set(SECTIONS.map((s) => s.id)),
  difficulty: new Set<string>(DIFFICULTIES),
}

describe('parseLearnFilters', () => {
  it.each([
    ['', { section: 'all', difficulty: 'all' }],
    ['?section=rewards', { section: 'rewards', difficulty: 'all' }],
    ['?difficulty=advanced&section=risks', { section: 'risks', difficulty: 'advanced' }],
    ['?section=nope&difficulty=<b>', { section: 'all', difficulty: 'all' }],
  ])('%s', (search, expected) => {
    expect(parseLearnFilters(search, allowed)).toEqual(expected)
  })
})

describe('learnFiltersQuery', () => {
  it('leaves "all" out and keeps a fixed order', () => {
    expect(learnFiltersQuery({ section: 'all', difficulty: 'all' })).toBe('')
    expect(learnFiltersQuery({ section: 'risks', difficulty: 'advanced' })).toBe(
      '?section=risks&difficulty=advanced',
    )
  })

  it('round-trips every combination of filters', () => {
    const sections = fc.constantFrom('all', ...SECTIONS.map((s) => s.id))
    const difficulties = fc.constantFrom('all', ...DIFFICULTIES)
    fc.assert(
      fc.property(sections, difficulties, (section, difficulty) => {
        expect(parseLearnFilters(learnFiltersQuery({ section, difficulty }), allowed)).toEqual({
          section,
          difficulty,
        })
      }),
    )
  })
})
