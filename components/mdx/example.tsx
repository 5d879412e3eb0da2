import type { ReactNode } from 'react'
import { getDictionary } from '@/lib/i18n'

export type ExampleProps = { title?: string; children: ReactNode }

/** A worked example. Its numbers are illustrative, and it says so, so they need no source. */
export function Example({ title, children }: ExampleProps) {
  const t = getDictionary()
  return (
    <div role="note" className="not-prose my-6 rounded-lg border border-line bg-sunken px-4 py-3">
      <p className="text-sm font-semibold text-text">
        {t.callout.example}
        {title ? `: ${title}` : ''} <span className="font-normal text-muted">({t.callout.exampleHint})</span>
      </p>
      <div className="prose mt-1 max-w-none prose-site [&>:first-child]:mt-0 [&>:last-child]:mb-0">
        {children}
      </div>
    </div>
  )
}
