import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  learnFiltersPath,
  matchesLearnFilters,
  parseLearnFiltersPath,
  parseLearnFiltersQuery,
} from './learn-filters'
import { DIFFICULTIES, SECTIONS } from './sections'

const allowed = {
  section: new Set<string>(SECTIONS.map((s) => s.id)),
  difficulty: new Set<string>(DIFFICULTIES),
}
const sections = fc.constantFrom('all', ...SECTIONS.map((s) => s.id))
const difficulties = fc.constantFrom('all', ...DIFFICULTIES)

describe('learnFiltersPath', () => {
  it.each([
    [{ section: 'all', difficulty: 'all' }, '/learn'],
    [{ section: 'rewards', difficulty: 'all' }, '/learn/section/rewards'],
    [{ section: 'all', difficulty: 'advanced' }, '/learn/difficulty/advanced'],
    [{ section: 'risks', difficulty: 'beginner' }, '/learn/section/risks/difficulty/beginner'],
  ])('%o is %s', (filters, path) => {
    expect(learnFiltersPath(filters)).toBe(path)
  })
})

describe('parseLearnFiltersPath', () => {
  it('round-trips every combination of filters', () => {
    fc.assert(
      fc.property(sections, difficulties, (section, difficulty) => {
        const filters = { section, difficulty }
        expect(parseLearnFiltersPath(learnFiltersPath(filters), allowed)).toEqual(filters)
      }),
    )
  })

  it('accepts a trailing slash', () => {
    expect(parseLearnFiltersPath('/learn/section/rewards/', allowed)).toEqual({
      section: 'rewards',
      difficulty: 'all',
    })
  })

  it.each([
    '/learn/what-is-defi',
    '/glossary',
    '/learn/section',
    '/learn/section/nope',
    '/learn/difficulty/advanced/section/rewards',
    '/learn/section/rewards/section/risks',
    '/learn/section/rewards/extra',
  ])('reads %s as no listing', (path) => {
    expect(parseLearnFiltersPath(path, allowed)).toBeUndefined()
  })
})

describe('parseLearnFiltersQuery (links from before the filter pages)', () => {
  it.each([
    ['', { section: 'all', difficulty: 'all' }],
    ['?section=rewards', { section: 'rewards', difficulty: 'all' }],
    ['?difficulty=advanced&section=risks', { section: 'risks', difficulty: 'advanced' }],
    ['?section=nope&difficulty=<b>', { section: 'all', difficulty: 'all' }],
  ])('%s', (search, expected) => {
    expect(parseLearnFiltersQuery(search, allowed)).toEqual(expected)
  })
})

describe('matchesLearnFilters', () => {
  const article = { section: 'rewards', difficulty: 'beginner' }
  it.each([
    [{ section: 'all', difficulty: 'all' }, true],
    [{ section: 'rewards', difficulty: 'all' }, true],
    [{ section: 'all', difficulty: 'beginner' }, true],
    [{ section: 'rewards', difficulty: 'beginner' }, true],
    [{ section: 'risks', difficulty: 'all' }, false],
    [{ section: 'rewards', difficulty: 'advanced' }, false],
  ])('%o → %s', (filters, shown) => {
    expect(matchesLearnFilters(article, filters)).toBe(shown)
  })
})
