'use client'

import { useId, useState } from 'react'
import { foldForMatch } from '@/lib/search/fold'

type GlossaryFilterProps = {
  /** id of the element holding the entries (`[data-glossary-text]`) and letter sections (`[data-letter]`). */
  scopeId: string
  total: number
  /** Plain strings: `{shown}` and `{total}` are filled in here. */
  labels: { label: string; hint: string; shown: string; none: string }
}

/**
 * Narrows the glossary as the reader types (matching terms and aliases, accents and case ignored), hiding
 * letters left empty, and announces the count. Hidden without JavaScript, where the A–Z index remains.
 */
export function GlossaryFilter({ scopeId, total, labels }: GlossaryFilterProps) {
  const id = useId()
  const [shown, setShown] = useState(total)
  const [query, setQuery] = useState('')

  const filter = (value: string) => {
    setQuery(value)
    const scope = document.getElementById(scopeId)
    if (!scope) return
    const folded = foldForMatch(value)
    let count = 0
    for (const entry of scope.querySelectorAll<HTMLElement>('[data-glossary-text]')) {
      const match = entry.dataset.glossaryText?.includes(folded) ?? false
      entry.hidden = !match
      if (match) count += 1
    }
    for (const section of scope.querySelectorAll<HTMLElement>('[data-letter]')) {
      section.hidden = !section.querySelector('[data-glossary-text]:not([hidden])')
    }
    setShown(count)
  }

  const status =
    shown === 0
      ? labels.none
      : labels.shown.replace('{shown}', String(shown)).replace('{total}', String(total))
  return (
    <div className="js-only space-y-1">
      <label htmlFor={`${id}-filter`} className="block text-sm font-semibold text-text">
        {labels.label}
      </label>
      <input
        id={`${id}-filter`}
        type="search"
        value={query}
        onChange={(e) => filter(e.target.value)}
        aria-describedby={`${id}-hint`}
        autoComplete="off"
        className="min-h-11 w-full max-w-md rounded-md border border-line-strong bg-bg px-3 text-base text-text"
      />
      <p id={`${id}-hint`} className="text-xs text-muted">
        {labels.hint}
      </p>
      <p role="status" className="text-sm text-muted">
        {query ? status : ''}
      </p>
    </div>
  )
}
