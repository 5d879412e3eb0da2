'use client'

import { useEffect, useState, type MouseEvent } from 'react'
import {
  learnFiltersPath,
  matchesLearnFilters,
  parseLearnFiltersPath,
  parseLearnFiltersQuery,
  type LearnFilterName,
  type LearnFilters,
  type LearnFilterValues,
} from '@/lib/content/learn-filters'
import type { LearnFilterGroup } from './types'

type LearnFilterLinksProps = {
  /** The filters of the prerendered page (what a reader without JavaScript sees). */
  initial: LearnFilters
  groups: readonly LearnFilterGroup[]
  /** Each article's section and difficulty, to count what a filter leaves. */
  articles: readonly LearnFilters[]
  label: string
  /** "Showing {shown} of {total} articles", as plain strings (no functions across the server boundary). */
  template: string
  empty: string
  /** The browser title of each filtered page, by its path (document.title follows in-place filtering). */
  titles: Readonly<Record<string, string>>
}

const isPlainClick = (event: MouseEvent) =>
  event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey

/**
 * The /learn filters as links: each one leads to the prerendered page of its filters, so they work without
 * JavaScript. With it, a click filters in place (the hiding is CSS keyed on the current links, see
 * filter-styles.ts) and pushes that page's URL, so Back undoes it and a shared link opens with the same
 * filters. Old `?section=…&difficulty=…` links are rewritten to their page's URL.
 */
export function LearnFilterLinks({
  initial,
  groups,
  articles,
  label,
  template,
  empty,
  titles,
}: LearnFilterLinksProps) {
  const [filters, setFilters] = useState(initial)

  useEffect(() => {
    const values = (name: LearnFilterName) =>
      new Set(groups.find((g) => g.name === name)?.options.map((o) => o.value))
    const allowed: LearnFilterValues = { section: values('section'), difficulty: values('difficulty') }
    const fromUrl = () => {
      const { pathname, search, hash } = window.location
      const fromPath = parseLearnFiltersPath(pathname, allowed)
      if (!fromPath) return
      const query = new URLSearchParams(search)
      const legacy =
        pathname === '/learn' && (query.has('section') || query.has('difficulty'))
          ? parseLearnFiltersQuery(search, allowed)
          : undefined
      if (legacy) window.history.replaceState(window.history.state, '', `${learnFiltersPath(legacy)}${hash}`)
      setFilters(legacy ?? fromPath)
    }
    fromUrl()
    window.addEventListener('popstate', fromUrl)
    return () => window.removeEventListener('popstate', fromUrl)
  }, [groups])

  const choose = (event: MouseEvent, name: LearnFilterName, value: string) => {
    if (!isPlainClick(event)) return
    event.preventDefault()
    const next = { ...filters, [name]: value }
    setFilters(next)
    const path = learnFiltersPath(next)
    if (path !== window.location.pathname) window.history.pushState(null, '', path)
  }

  // The title of the page these filters show, as a visit to it would have it (Back and Forward included).
  useEffect(() => {
    const title = titles[learnFiltersPath(filters)]
    if (title) document.title = title
  }, [filters, titles])

  const shown = articles.filter((a) => matchesLearnFilters(a, filters)).length
  return (
    <div className="space-y-2">
      <nav
        aria-label={label}
        className="grid gap-4 rounded-lg border border-line bg-surface p-4 md:grid-cols-2"
      >
        {groups.map((group) => (
          <div
            key={group.name}
            role="group"
            aria-labelledby={`learn-filter-${group.name}`}
            className="min-w-0"
          >
            <p id={`learn-filter-${group.name}`} className="mb-2 text-sm font-semibold text-text">
              {group.legend}
            </p>
            <ul className="flex flex-wrap gap-2">
              {group.options.map((option) => {
                const current = filters[group.name] === option.value
                return (
                  <li key={option.value}>
                    <a
                      href={learnFiltersPath({ ...filters, [group.name]: option.value })}
                      aria-current={current ? 'page' : undefined}
                      data-filter={group.name}
                      data-value={option.value}
                      onClick={(event) => choose(event, group.name, option.value)}
                      className="inline-flex min-h-10 items-center rounded-full border border-line bg-surface px-3 text-sm text-text no-underline hover:border-accent aria-[current=page]:border-accent aria-[current=page]:bg-accent-soft aria-[current=page]:font-semibold"
                    >
                      {option.label}
                    </a>
                  </li>
                )
              })}
            </ul>
          </div>
        ))}
      </nav>
      <p aria-live="polite" className="text-sm text-muted">
        {shown === 0
          ? empty
          : template.replace('{shown}', String(shown)).replace('{total}', String(articles.length))}
      </p>
    </div>
  )
}
