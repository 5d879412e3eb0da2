'use client'

import { useEffect, useState } from 'react'
import { learnFiltersQuery, parseLearnFilters, type LearnFilters } from '@/lib/content/learn-filters'

type FilterStatusProps = {
  /** id of the element holding the filter radios and the article list. */
  scopeId: string
  total: number
  /** "Showing {shown} of {total} articles", as plain strings (no functions across the server boundary). */
  template: string
  empty: string
}

const NAMES = ['section', 'difficulty'] as const

const radios = (scope: HTMLElement, name: string) => [
  ...scope.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${name}"]`),
]

function checkedFilters(scope: HTMLElement): LearnFilters {
  const value = (name: string) => radios(scope, name).find((r) => r.checked)?.value ?? 'all'
  return { section: value('section'), difficulty: value('difficulty') }
}

/**
 * Announces how many articles the CSS-only filters leave visible (a polite live region), and keeps the
 * filters in the URL (`?section=…&difficulty=…`): each change is a history entry, so Back undoes it, and a
 * shared link opens with the same filters. Without JavaScript the radios still filter, without the URL.
 */
export function FilterStatus({ scopeId, total, template, empty }: FilterStatusProps) {
  const [shown, setShown] = useState(total)
  useEffect(() => {
    const scope = document.getElementById(scopeId)
    if (!scope) return
    const count = () =>
      setShown(
        [...scope.querySelectorAll<HTMLElement>('[data-difficulty]')].filter((el) => el.checkVisibility())
          .length,
      )
    const fromUrl = () => {
      const values = (name: string) => new Set(radios(scope, name).map((r) => r.value))
      const filters = parseLearnFilters(window.location.search, {
        section: values('section'),
        difficulty: values('difficulty'),
      })
      for (const name of NAMES) {
        const input = radios(scope, name).find((r) => r.value === filters[name])
        if (input) input.checked = true
      }
      count()
    }
    const onChange = (event: Event) => {
      if (!(event.target instanceof HTMLInputElement) || event.target.type !== 'radio') return
      const query = learnFiltersQuery(checkedFilters(scope))
      if (query !== window.location.search) {
        window.history.pushState(null, '', `${window.location.pathname}${query}`)
      }
      count()
    }
    scope.addEventListener('change', onChange)
    window.addEventListener('popstate', fromUrl)
    fromUrl()
    return () => {
      scope.removeEventListener('change', onChange)
      window.removeEventListener('popstate', fromUrl)
    }
  }, [scopeId])
  return (
    <p aria-live="polite" className="text-sm text-muted">
      {shown === 0 ? empty : template.replace('{shown}', String(shown)).replace('{total}', String(total))}
    </p>
  )
}
