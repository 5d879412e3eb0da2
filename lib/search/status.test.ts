import { describe, expect, it } from 'vitest'
import { searchStatusText, type SearchState, type SearchStatusLabels } from './status'

const labels: SearchStatusLabels = {
  searching: 'Searching…',
  unavailable: 'Search could not load.',
  offline: 'You are offline.',
  incomplete: 'Some results may be missing.',
  noResults: 'No results for “{query}”.',
  resultCount: { one: '{n} result', other: '{n} results' },
}

describe('searchStatusText', () => {
  it.each<[string, SearchState<string>, string]>([
    ['says nothing before the reader types', { status: 'idle' }, ''],
    ['says it is searching', { status: 'searching' }, 'Searching…'],
    ['explains a failure to load', { status: 'failed' }, 'Search could not load.'],
    ['says when the failure is being offline', { status: 'failed', offline: true }, 'You are offline.'],
    [
      'warns that an answer given offline before the index was saved may miss results',
      { status: 'done', query: 'apr', total: 0, hits: [], incomplete: true },
      'No results for “apr”. Some results may be missing.',
    ],
    [
      'names the query that found nothing',
      { status: 'done', query: 'zzz', total: 0, hits: [] },
      'No results for “zzz”.',
    ],
    ['uses the singular for one result', { status: 'done', query: 'apr', total: 1, hits: ['a'] }, '1 result'],
    [
      'counts every result, not only those shown',
      { status: 'done', query: 'a', total: 23, hits: ['a'] },
      '23 results',
    ],
  ])('%s', (_name, state, expected) => {
    expect(searchStatusText(labels, state)).toBe(expected)
  })
})
