'use client'

import { useEffect, useState } from 'react'

type FilterStatusProps = {
  /** id of the element holding the filter radios and the article list. */
  scopeId: string
  total: number
  /** "Showing {shown} of {total} articles", as plain strings (no functions across the server boundary). */
  template: string
  empty: string
}

/** Announces how many articles the CSS-only filters leave visible (a polite live region). */
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
    scope.addEventListener('change', count)
    count()
    return () => scope.removeEventListener('change', count)
  }, [scopeId])
  return (
    <p aria-live="polite" className="text-sm text-muted">
      {shown === 0 ? empty : template.replace('{shown}', String(shown)).replace('{total}', String(total))}
    </p>
  )
}
