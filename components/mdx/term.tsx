import type { ReactNode } from 'react'
import { useId } from 'react'
import { getTerm } from '@/lib/glossary'
import { getDictionary } from '@/lib/i18n'

export type TermProps = { id: string; children: ReactNode }

/**
 * A glossary term. Activating it (click, tap, Enter or Space) opens a popover with the short definition
 * and a link to the glossary; Esc or a click elsewhere closes it. Native popover API: no JavaScript needed.
 */
export function Term({ id, children }: TermProps) {
  const t = getDictionary()
  const popoverId = `term-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`
  const entry = getTerm(id)
  if (!entry) return <>{children}</>
  return (
    <>
      <button
        type="button"
        popoverTarget={popoverId}
        className="cursor-help rounded-sm text-inherit underline decoration-accent decoration-dotted decoration-2 underline-offset-4 hover:decoration-solid"
      >
        {children}
      </button>
      <span
        id={popoverId}
        popover="auto"
        role="dialog"
        aria-label={t.term.definition(entry.term)}
        className="term-popover rounded-lg border border-line bg-surface p-4 text-left text-sm leading-relaxed text-text shadow-lg"
      >
        <strong className="block font-semibold">{entry.term}</strong>
        <span className="mt-1 block text-muted">{entry.short}</span>
        <a
          href={`/glossary#${entry.id}`}
          className="mt-2 inline-block font-medium text-accent-strong underline"
        >
          {t.term.readMore}
        </a>
      </span>
    </>
  )
}
