'use client'

import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react'
import type { SearchLabels } from './types'

/** The dialog and Pagefind load on the first open: a page that never searches pays nothing for search. */
const SearchDialog = lazy(() => import('./search-dialog.client').then((m) => ({ default: m.SearchDialog })))

/** True when a key press belongs to a field the reader is typing in ("/" must stay a slash there). */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)
}

type SearchButtonProps = {
  labels: SearchLabels
  /** Server-rendered look of the button (icon, label, key hint), kept out of the client bundle. */
  className: string
  children: ReactNode
}

/** The header's search button; "/" and Ctrl/⌘-K open the dialog too. Hidden without JavaScript. */
export function SearchButton({ labels, className, children }: SearchButtonProps) {
  const [open, setOpen] = useState(false)
  const [wanted, setWanted] = useState(false)

  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey
      const commandK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey
      if ((slash && !isTyping(event.target)) || commandK) {
        event.preventDefault()
        setWanted(true)
        setOpen(true)
      }
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [])

  return (
    <>
      <button
        type="button"
        aria-haspopup="dialog"
        aria-keyshortcuts="/ Control+K Meta+K"
        title={labels.shortcutHint}
        onClick={() => {
          setWanted(true)
          setOpen(true)
        }}
        className={className}
      >
        {children}
      </button>
      {wanted ? (
        <Suspense fallback={null}>
          <SearchDialog open={open} onOpenChange={setOpen} labels={labels} />
        </Suspense>
      ) : null}
    </>
  )
}
