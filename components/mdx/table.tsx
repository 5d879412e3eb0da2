import type { ComponentPropsWithoutRef } from 'react'
import { getDictionary } from '@/lib/i18n'

/** Markdown tables scroll sideways inside a focusable region, so keyboard users can scroll them too. */
export function Table(props: ComponentPropsWithoutRef<'table'>) {
  return (
    <div
      role="region"
      aria-label={getDictionary().article.scrollableTable}
      tabIndex={0}
      className="my-6 overflow-x-auto"
    >
      <table {...props} className="my-0 min-w-full" />
    </div>
  )
}
