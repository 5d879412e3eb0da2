import { cn } from './cn'
import type { ReactNode } from 'react'

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6

type HeadingProps = {
  level: HeadingLevel
  id?: string
  className?: string
  tabIndex?: number
  /** `section` (default): the site's bold heading, sized by level. `plain`: no styles, the caller's classes only. */
  variant?: 'section' | 'plain'
  children: ReactNode
}

const SIZE: Record<HeadingLevel, string> = {
  1: 'text-3xl sm:text-4xl',
  2: 'text-2xl',
  3: 'text-xl',
  4: 'text-lg',
  5: 'text-base',
  6: 'text-base',
}

/**
 * A heading at the level the surrounding page needs: the calculator and the walkthrough live on their own
 * pages and inside articles, where they sit one level deeper.
 */
export function Heading({
  level,
  id,
  className = '',
  tabIndex,
  variant = 'section',
  children,
}: HeadingProps) {
  const Tag = `h${level}` as const
  const base = variant === 'section' ? `font-bold tracking-tight text-text ${SIZE[level]} ` : ''
  return (
    <Tag id={id} tabIndex={tabIndex} className={cn(base, className)}>
      {children}
    </Tag>
  )
}
