/**
 * The /learn filters as they appear in its URL: `?section=rewards&difficulty=advanced` ("all" is left out).
 * The allowed values are passed in (the page's own radio buttons), so the browser needs no copy of the lists.
 */
export type LearnFilters = { section: string; difficulty: string }
export type LearnFilterValues = { section: ReadonlySet<string>; difficulty: ReadonlySet<string> }

export const ALL = 'all'

/** Reads the filters from a query string; unknown or missing values mean "all", never an error. */
export function parseLearnFilters(search: string, allowed: LearnFilterValues): LearnFilters {
  const params = new URLSearchParams(search)
  const pick = (name: keyof LearnFilters) => {
    const value = params.get(name) ?? ALL
    return allowed[name].has(value) ? value : ALL
  }
  return { section: pick('section'), difficulty: pick('difficulty') }
}

/** The query string for filters (empty when both are "all"), in a fixed order so links compare equal. */
export function learnFiltersQuery(filters: LearnFilters): string {
  const params = new URLSearchParams()
  if (filters.section !== ALL) params.set('section', filters.section)
  if (filters.difficulty !== ALL) params.set('difficulty', filters.difficulty)
  const query = params.toString()
  return query ? `?${query}` : ''
}
