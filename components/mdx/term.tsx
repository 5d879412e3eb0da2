import type { ReactNode } from 'react'
import { getTerm } from '@/lib/glossary'
import { getDictionary } from '@/lib/i18n'

export type TermProps = { id: string; children: ReactNode }

/** The id of the popover that holds a term's definition (one per page, see TermDefinitions). */
export const termPopoverId = (id: string) => `term-${id}`

/**
 * A glossary term. Activating it (click, tap, Enter or Space) opens a popover with the short definition
 * and a link to the glossary; Esc or a click elsewhere closes it. Native popover API: no JavaScript needed.
 * The popover itself is rendered once per page by <TermDefinitions>, however often the term is used.
 */
export function Term({ id, children }: TermProps) {
  if (!getTerm(id)) return <>{children}</>
  return (
    <button type="button" popoverTarget={termPopoverId(id)} className="term">
      {children}
    </button>
  )
}

/**
 * The definitions behind a page's <Term>s, each once: an article with 40 uses of a dozen terms carries a dozen
 * popovers, not 40 (they were repeated per use, in the HTML and again in the RSC payload). Popovers live in
 * the top layer, so where they sit in the document does not change where they show: CSS anchor positioning
 * places each under the term that opened it. `ids` must include every term the page uses (an article's
 * `terms`, collected from its MDX).
 */
export function TermDefinitions({ ids }: { ids: readonly string[] }) {
  const t = getDictionary()
  const entries = ids.flatMap((id) => getTerm(id) ?? [])
  if (entries.length === 0) return null
  // `contents`: no box of its own, so it adds no gap between its neighbours.
  return (
    <div className="contents">
      {entries.map((entry) => (
        <div
          key={entry.id}
          id={termPopoverId(entry.id)}
          popover="auto"
          role="dialog"
          aria-label={t.term.definition(entry.term)}
          className="term-popover"
        >
          <strong className="block font-semibold">{entry.term}</strong>
          <p className="mt-1 text-muted">{entry.short}</p>
          <a
            href={`/glossary#${entry.id}`}
            className="mt-2 inline-block font-medium text-accent-strong underline"
          >
            {t.term.readMore}
          </a>
        </div>
      ))}
    </div>
  )
}
