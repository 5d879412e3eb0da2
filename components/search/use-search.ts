'use client'

import { useEffect, useState } from 'react'
import type { SearchState } from '@/lib/search/status'
import { OfflineSearchError, prepareSearch, searchSite, type SearchHit } from './pagefind'

type Answer = { query: string; state: SearchState<SearchHit> }

/**
 * Searches as the reader types (debounced); the state always describes the latest query. Pagefind starts as
 * soon as the component using this mounts (the dialog opening, the /search page), and then saves the rest of
 * the index so that search keeps working offline.
 */
export function useSearch(query: string, delayMs = 120): SearchState<SearchHit> {
  const [answer, setAnswer] = useState<Answer | undefined>(undefined)
  const trimmed = query.trim()
  useEffect(prepareSearch, [])
  useEffect(() => {
    if (!trimmed) return
    let current = true
    const timer = setTimeout(() => {
      searchSite(trimmed).then(
        ({ total, hits, incomplete }) =>
          current &&
          setAnswer({ query: trimmed, state: { status: 'done', query: trimmed, total, hits, incomplete } }),
        (error: unknown) =>
          current &&
          setAnswer({
            query: trimmed,
            state: { status: 'failed', offline: error instanceof OfflineSearchError },
          }),
      )
    }, delayMs)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [trimmed, delayMs])
  if (!trimmed) return { status: 'idle' }
  return answer?.query === trimmed ? answer.state : { status: 'searching' }
}
