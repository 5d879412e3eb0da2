import { cn } from '@/components/ui/cn'
import type { ReactNode } from 'react'
import type { CALLOUT_TYPES } from '@/lib/content/component-rules'
import { getDictionary } from '@/lib/i18n'

type CalloutType = (typeof CALLOUT_TYPES)[number]

export type CalloutProps = {
  /** note = background, tip = helpful practice, warning = easy mistake, risk = can lose money. */
  type: CalloutType
  title?: string
  children: ReactNode
}

const STYLE: Record<CalloutType, { box: string; icon: ReactNode }> = {
  note: {
    box: 'border-note bg-note-soft [--callout:var(--c-note)]',
    icon: (
      <path d="M10 2a8 8 0 1 0 0 16 8 8 0 0 0 0-16Zm0 3.5a1.1 1.1 0 1 1 0 2.2 1.1 1.1 0 0 1 0-2.2ZM11.3 14.5H8.7V13h.6V10h-.6V8.7h2v4.3h.6Z" />
    ),
  },
  tip: {
    box: 'border-tip bg-tip-soft [--callout:var(--c-tip)]',
    icon: (
      <path d="M10 1.5a6 6 0 0 0-3.6 10.8c.4.3.6.8.6 1.3v.9h6v-.9c0-.5.2-1 .6-1.3A6 6 0 0 0 10 1.5ZM7.5 16h5v1a1.5 1.5 0 0 1-1.5 1.5H9A1.5 1.5 0 0 1 7.5 17Z" />
    ),
  },
  warning: {
    box: 'border-warning bg-warning-soft [--callout:var(--c-warning)]',
    icon: (
      <path d="M8.6 2.8a1.6 1.6 0 0 1 2.8 0l7 12.4a1.6 1.6 0 0 1-1.4 2.3H3a1.6 1.6 0 0 1-1.4-2.3ZM9 7v5h2V7Zm0 6.5v2h2v-2Z" />
    ),
  },
  risk: {
    box: 'border-risk bg-risk-soft [--callout:var(--c-risk)]',
    icon: <path d="M6.7 1.5h6.6l4.7 4.7v6.6l-4.7 4.7H6.7L2 12.8V6.2Zm2.3 4v6h2v-6Zm0 7.5v2h2v-2Z" />,
  },
}

/** A boxed aside. The kind is said in words (and shown by an icon), never by colour alone. */
export function Callout({ type, title, children }: CalloutProps) {
  const t = getDictionary()
  const style = STYLE[type]
  return (
    <div role="note" className={cn('not-prose my-6 rounded-lg border-l-4 px-4 py-3', style.box)}>
      <p className="flex items-center gap-2 font-semibold text-text">
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5 shrink-0 fill-[var(--callout)]">
          {style.icon}
        </svg>
        <span>
          <span className="text-[var(--callout)]">{t.callout[type]}</span>
          {title ? <span>: {title}</span> : null}
        </span>
      </p>
      <div className="prose mt-1 max-w-none prose-site text-[0.975rem] [&>:first-child]:mt-0 [&>:last-child]:mb-0">
        {children}
      </div>
    </div>
  )
}
