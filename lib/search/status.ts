/** Where a search is: nothing typed, waiting for Pagefind, answered, or Pagefind could not load. */
export type SearchState<Hit> =
  | { status: 'idle' }
  | { status: 'searching' }
  | { status: 'done'; query: string; total: number; hits: Hit[] }
  | { status: 'failed' }

/** Reader-facing strings; `{query}` and `{n}` are filled in here (plain strings cross into client code). */
export type SearchStatusLabels = {
  searching: string
  unavailable: string
  noResults: string
  resultCount: { one: string; other: string }
}

/** The sentence the results' live region announces for a search state (empty when nothing is typed). */
export function searchStatusText<Hit>(
  labels: SearchStatusLabels,
  state: SearchState<Hit>,
  locale = 'en-US',
): string {
  switch (state.status) {
    case 'idle':
      return ''
    case 'searching':
      return labels.searching
    case 'failed':
      return labels.unavailable
    case 'done': {
      if (state.total === 0) return labels.noResults.replace('{query}', state.query)
      const form = new Intl.PluralRules(locale).select(state.total) === 'one' ? 'one' : 'other'
      return labels.resultCount[form].replace('{n}', String(state.total))
    }
  }
}
