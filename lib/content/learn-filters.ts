import { DIFFICULTIES, SECTIONS } from './sections'

/** The /learn filters as they appear in its URL: `?section=rewards&difficulty=advanced` ("all" is left out). */
export type LearnFilters = { section: string; difficulty: string }

export const ALL = 'all'
const SECTION_VALUES = new Set<string>(SECTIONS.map((s) => s.id))
const DIFFICULTY_VALUES = new Set<string>(DIFFICULTIES)

/** Reads the filters from a query string; unknown or missing values mean "all", never an error. */
export function parseLearnFilters(search: string): LearnFilters {
  const params = new URLSearchParams(search)
  const section = params.get('section') ?? ALL
  const difficulty = params.get('difficulty') ?? ALL
  return {
    section: SECTION_VALUES.has(section) ? section : ALL,
    difficulty: DIFFICULTY_VALUES.has(difficulty) ? difficulty : ALL,
  }
}

/** The query string for filters (empty when both are "all"), in a fixed order so links compare equal. */
export function learnFiltersQuery(filters: LearnFilters): string {
  const params = new URLSearchParams()
  if (filters.section !== ALL) params.set('section', filters.section)
  if (filters.difficulty !== ALL) params.set('difficulty', filters.difficulty)
  const query = params.toString()
  return query ? `?${query}` : ''
}
