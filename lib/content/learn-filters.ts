/**
 * The /learn filters and their URLs. Every combination is a prerendered page, so a filter link works without
 * JavaScript and a shared link opens filtered:
 *
 *   /learn                                     all articles
 *   /learn/section/rewards                     one section
 *   /learn/difficulty/advanced                 one difficulty
 *   /learn/section/rewards/difficulty/advanced both
 *
 * With JavaScript the page filters in place and writes the same URLs into the history. The allowed values are
 * passed in (the page's own options), so the browser needs no copy of the lists.
 */
export type LearnFilters = { section: string; difficulty: string }
export type LearnFilterName = keyof LearnFilters
export type LearnFilterValues = { section: ReadonlySet<string>; difficulty: ReadonlySet<string> }

export const ALL = 'all'
export const NO_FILTERS: LearnFilters = { section: ALL, difficulty: ALL }

/**
 * The path segments that name a filter under /learn. No article may take one as its slug: /learn/section
 * would never reach it (the content checker reports it).
 */
export const LEARN_FILTER_SEGMENTS = ['section', 'difficulty'] as const satisfies readonly LearnFilterName[]

/** The page showing `filters` ("all" is left out), in a fixed order so links compare equal. */
export function learnFiltersPath(filters: LearnFilters): string {
  let path = '/learn'
  for (const name of LEARN_FILTER_SEGMENTS) {
    if (filters[name] !== ALL) path += `/${name}/${encodeURIComponent(filters[name])}`
  }
  return path
}

/**
 * The filters a /learn path names, or undefined when it is not a /learn listing (an article, another page,
 * an unknown value, a filter twice or out of order): only paths `learnFiltersPath` writes are read.
 */
export function parseLearnFiltersPath(
  pathname: string,
  allowed: LearnFilterValues,
): LearnFilters | undefined {
  const parts = pathname.replace(/\/$/, '').split('/').slice(1)
  if (parts[0] !== 'learn') return undefined
  const filters = { ...NO_FILTERS }
  let i = 1
  for (const name of LEARN_FILTER_SEGMENTS) {
    if (parts[i] !== name) continue
    const value = parts[i + 1]
    if (value === undefined || !allowed[name].has(value)) return undefined
    filters[name] = value
    i += 2
  }
  return i === parts.length ? filters : undefined
}

/**
 * Filters from the query string links used before the filters had their own pages
 * (`?section=rewards&difficulty=advanced`); unknown or missing values mean "all", never an error.
 */
export function parseLearnFiltersQuery(search: string, allowed: LearnFilterValues): LearnFilters {
  const params = new URLSearchParams(search)
  const pick = (name: LearnFilterName) => {
    const value = params.get(name) ?? ALL
    return allowed[name].has(value) ? value : ALL
  }
  return { section: pick('section'), difficulty: pick('difficulty') }
}

/** Whether an article in `section` at `difficulty` is shown under `filters`. */
export function matchesLearnFilters(article: LearnFilters, filters: LearnFilters): boolean {
  return LEARN_FILTER_SEGMENTS.every((name) => filters[name] === ALL || filters[name] === article[name])
}
