import { clsx } from 'clsx'
import type { ReactNode } from 'react'

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6

type HeadingProps = {
  level: HeadingLevel
  id?: string
  className?: string
  tabIndex?: number
  /** `section` (default): the site's bold heading, sized by level. `plain`: no styles, the caller's classes only. */
  variant?: 'section' | 'plain'
  /**
   * The size of another level, when the look differs from the outline (the embedded widget's title is its
   * page's h1, sized as an h2). A variant, not an overriding class: headings render in client islands, where
   * classes are joined, not merged (see `cn.ts`).
   */
  size?: HeadingLevel
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
  size = level,
  children,
}: HeadingProps) {
  const Tag = `h${level}` as const
  const base = variant === 'section' ? ['font-bold tracking-tight text-text', SIZE[size]] : null
  return (
    <Tag id={id} tabIndex={tabIndex} className={clsx(base, className)}>
      {children}
    </Tag>
  )
}
