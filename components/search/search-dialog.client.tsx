'use client'

import { useRouter } from 'next/navigation'
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import { Dialog } from '@/components/ui/dialog.client'
import { searchStatusText } from '@/lib/search/status'
import { SearchHitBody } from './search-hit'
import type { SearchLabels } from './types'
import { useSearch } from './use-search'

type SearchDialogProps = {
  open: boolean
  onOpenChange: (open: boolean) => void
  labels: SearchLabels
}

/**
 * The search dialog (loaded on first open, with Pagefind): a combobox whose results are a listbox. Arrows
 * move through results, Enter opens one, Esc closes, and the native dialog returns focus to where it was.
 */
export function SearchDialog({ open, onOpenChange, labels }: SearchDialogProps) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange} title={labels.dialogTitle} closeLabel={labels.close}>
      <SearchCombobox labels={labels} onClose={() => onOpenChange(false)} />
    </Dialog>
  )
}

function SearchCombobox({ labels, onClose }: { labels: SearchLabels; onClose: () => void }) {
  const router = useRouter()
  const [query, setQuery] = useState('')
  const [active, setActive] = useState(-1)
  const state = useSearch(query)
  const hits = state.status === 'done' ? state.hits : []
  const input = useRef<HTMLInputElement>(null)
  const id = useId()
  const listId = `${id}-results`
  const optionId = (i: number) => `${id}-option-${i}`

  // showModal() focuses the first control (the close button) after children mount; take focus after it.
  useEffect(() => {
    const frame = requestAnimationFrame(() => input.current?.focus())
    return () => cancelAnimationFrame(frame)
  }, [])

  useEffect(() => {
    document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' })
  })

  const go = (i: number) => {
    const hit = hits[i]
    if (!hit) return
    onClose()
    router.push(hit.url)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      if (hits.length === 0) return
      const step = event.key === 'ArrowDown' ? 1 : -1
      setActive((a) => (a + step + hits.length) % hits.length)
    } else if (event.key === 'Enter') {
      event.preventDefault()
      go(active >= 0 ? active : 0)
    } else if (event.key === 'Escape') {
      // A search field would only clear itself on the first Esc; Esc always closes the dialog here.
      event.preventDefault()
      onClose()
    }
  }

  const status = searchStatusText(labels, state)
  return (
    <div className="space-y-3">
      <label htmlFor={`${id}-input`} className="sr-only">
        {labels.label}
      </label>
      <input
        ref={input}
        id={`${id}-input`}
        type="search"
        role="combobox"
        aria-expanded={hits.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={active >= 0 && hits[active] ? optionId(active) : undefined}
        aria-describedby={`${id}-help`}
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="go"
        placeholder={labels.placeholder}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value)
          setActive(-1)
        }}
        onKeyDown={onKeyDown}
        className="min-h-11 w-full rounded-md border border-line-strong bg-bg px-3 text-base text-text placeholder:text-muted"
      />
      <p id={`${id}-help`} className="text-xs text-muted">
        {labels.keyboardHelp}
      </p>
      <p role="status" className="text-sm text-muted empty:hidden">
        {status}
      </p>
      <ul id={listId} role="listbox" aria-label={labels.results} className="space-y-1 empty:hidden">
        {hits.map((hit, i) => (
          <li
            key={hit.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            onClick={() => go(i)}
            onMouseMove={() => setActive(i)}
            className="cursor-pointer rounded-md border border-transparent px-3 py-2 aria-selected:border-accent aria-selected:bg-accent-soft"
          >
            <SearchHitBody hit={hit} />
          </li>
        ))}
      </ul>
    </div>
  )
}
