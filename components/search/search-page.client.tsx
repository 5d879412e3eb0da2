'use client'

import { Link } from '@/components/ui/link.client'
import { useId, useState, useSyncExternalStore } from 'react'
import { buttonClass } from '@/components/ui/button-class'
import { searchStatusText } from '@/lib/search/status'
import { SearchHitBody } from './search-hit'
import type { SearchLabels } from './types'
import { useSearch } from './use-search'

const noSubscription = () => () => {}
const queryInUrl = () => new URLSearchParams(window.location.search).get('q') ?? ''

/**
 * The /search page's form and results. Server-rendered as a plain GET form (without JavaScript it reloads the
 * page, which explains what to do instead); with JavaScript it searches as the reader types and keeps the
 * query in the URL (`?q=`), so results can be shared and survive a reload.
 */
export function SearchPageForm({ labels }: { labels: SearchLabels }) {
  // The query arrives in the URL (a shared link, the no-JS form, a reload); once the reader types, theirs wins.
  const fromUrl = useSyncExternalStore(noSubscription, queryInUrl, () => '')
  const [typed, setTyped] = useState<string | undefined>(undefined)
  const query = typed ?? fromUrl
  const state = useSearch(query)
  const id = useId()

  const update = (value: string) => {
    setTyped(value)
    const url = new URL(window.location.href)
    if (value) url.searchParams.set('q', value)
    else url.searchParams.delete('q')
    window.history.replaceState(window.history.state, '', url)
  }

  return (
    <div className="space-y-4">
      <form
        action="/search"
        method="get"
        role="search"
        className="flex flex-wrap gap-2"
        onSubmit={(e) => e.preventDefault()}
      >
        <label htmlFor={`${id}-q`} className="sr-only">
          {labels.label}
        </label>
        <input
          id={`${id}-q`}
          type="search"
          name="q"
          value={query}
          onChange={(e) => update(e.target.value)}
          placeholder={labels.placeholder}
          autoComplete="off"
          className="min-h-11 min-w-0 flex-1 rounded-md border border-line-strong bg-bg px-3 text-base text-text placeholder:text-muted"
        />
        <button type="submit" className={buttonClass('primary', 'js-hidden')}>
          {labels.page.submit}
        </button>
      </form>
      <p role="status" className="text-sm text-muted empty:hidden">
        {searchStatusText(labels, state)}
      </p>
      {state.status === 'done' && state.hits.length > 0 ? (
        <ol aria-label={labels.results} className="space-y-2">
          {state.hits.map((hit) => (
            <li key={hit.id}>
              <Link
                href={hit.url}
                className="block rounded-lg border border-line bg-surface px-4 py-3 no-underline hover:border-accent"
              >
                <SearchHitBody hit={hit} />
              </Link>
            </li>
          ))}
        </ol>
      ) : null}
    </div>
  )
}
