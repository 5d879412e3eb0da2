/**
 * Where a search is: nothing typed, waiting for Pagefind, answered, or failed. Offline, a failure means a part
 * of the index that was not saved yet (`offline`), and an answer may miss results whose part of the index was
 * not saved yet (`incomplete`).
 */
export type SearchState<Hit> =
  | { status: 'idle' }
  | { status: 'searching' }
  | { status: 'done'; query: string; total: number; hits: Hit[]; incomplete?: boolean }
  | { status: 'failed'; offline?: boolean }

/** Reader-facing strings; `{query}` and `{n}` are filled in here (plain strings cross into client code). */
export type SearchStatusLabels = {
  searching: string
  unavailable: string
  /** Offline, and this search needs a part of the index that was not saved yet. */
  offline: string
  /** Added after the count when offline before the whole index was saved. */
  incomplete: string
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
      return state.offline ? labels.offline : labels.unavailable
    case 'done': {
      const form = new Intl.PluralRules(locale).select(state.total) === 'one' ? 'one' : 'other'
      const answer =
        state.total === 0
          ? labels.noResults.replace('{query}', state.query)
          : labels.resultCount[form].replace('{n}', String(state.total))
      return state.incomplete ? `${answer} ${labels.incomplete}` : answer
    }
  }
}
