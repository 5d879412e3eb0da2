import type { ComponentPropsWithoutRef } from 'react'
import { getDictionary } from '@/lib/i18n'

/** Markdown tables scroll sideways inside a focusable region, so keyboard users can scroll them too. */
export function Table(props: ComponentPropsWithoutRef<'table'>) {
  return (
    <div
      role="region"
      aria-label={getDictionary().article.scrollableTable}
      tabIndex={0}
      className="render-when-near my-6 overflow-x-auto [--near-height:28rem]"
    >
      <table {...props} className="my-0 min-w-full" />
    </div>
  )
}
