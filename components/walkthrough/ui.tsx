import { cn } from '@/components/ui/cn'
import type { ReactNode } from 'react'
import { buttonVariants } from '@/components/ui/button-class'
import { Heading as UiHeading } from '@/components/ui/heading'
import type { HeadingLevel } from './types'

/** The walkthrough's own layout pieces; buttons and headings come from components/ui. */

export const buttonPrimary = buttonVariants({ variant: 'primary', size: 'lg' })
export const buttonSecondary = buttonVariants({ variant: 'secondary', size: 'lg' })

/** Walkthrough headings carry their own classes (the step title, sub-sections). */
export function Heading(props: {
  level: HeadingLevel
  id?: string
  className?: string
  tabIndex?: number
  children: ReactNode
}) {
  return <UiHeading variant="plain" {...props} />
}

type DefinitionsProps = {
  rows: { term: string; value: ReactNode }[]
  /** `columns`: label beside value on wide screens (figures); `stacked`: label above value (prose). */
  layout?: 'columns' | 'stacked'
  className?: string
}

/** A list of labelled figures or facts. */
export function Definitions({ rows, layout = 'columns', className = '' }: DefinitionsProps) {
  if (layout === 'stacked')
    return (
      <dl className={cn('space-y-2 text-sm', className)}>
        {rows.map((row) => (
          <div key={row.term}>
            <dt className="font-semibold text-text">{row.term}</dt>
            <dd className="text-text">{row.value}</dd>
          </div>
        ))}
      </dl>
    )
  return (
    <dl className={cn('grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[minmax(0,16rem)_1fr]', className)}>
      {rows.map((row) => (
        <div key={row.term} className="contents">
          <dt className="text-muted">{row.term}</dt>
          <dd className="mb-1 font-medium text-text tabular-nums sm:mb-0">{row.value}</dd>
        </div>
      ))}
    </dl>
  )
}

type PanelProps = { tone?: 'plain' | 'risk' | 'warning' | 'tip'; children: ReactNode; className?: string }

const TONES = {
  plain: 'border-line bg-surface',
  risk: 'border-risk bg-risk-soft',
  warning: 'border-warning bg-warning-soft',
  tip: 'border-tip bg-tip-soft',
} as const

export function Panel({ tone = 'plain', children, className = '' }: PanelProps) {
  return <div className={cn('rounded-lg border p-4', TONES[tone], className)}>{children}</div>
}
