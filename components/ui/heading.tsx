import { cva } from 'class-variance-authority'
import type { ReactNode } from 'react'
import type { LayoutClass } from './layout-class'

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6

type HeadingLook =
  | {
      /** The site's bold heading (default), sized by level. */
      variant?: 'section'
      /**
       * The size of another level, when the look differs from the outline (the embedded widget's title is its
       * page's h1, sized as an h2). A variant, not an overriding class: headings render in first-load client
       * islands, where nothing merges classes (see `layout-class.ts`).
       */
      size?: HeadingLevel
      /** Outer margin or visibility only, never a class that would fight the look. */
      className?: LayoutClass
    }
  | {
      /** No look of its own: `className` is the whole class list (merge it with `cn()` where it is built). */
      variant: 'plain'
      className?: string
      size?: never
    }

type HeadingProps = HeadingLook & {
  level: HeadingLevel
  id?: string
  tabIndex?: number
  children: ReactNode
}

const sectionHeading = cva('font-bold tracking-tight text-text', {
  variants: {
    size: {
      h1: 'text-3xl sm:text-4xl',
      h2: 'text-2xl',
      h3: 'text-xl',
      h4: 'text-lg',
      h5: 'text-base',
      h6: 'text-base',
    },
  },
})

/**
 * A heading at the level the surrounding page needs: the calculator and the walkthrough live on their own
 * pages and inside articles, where they sit one level deeper.
 */
export function Heading({ level, id, tabIndex, children, ...look }: HeadingProps) {
  const Tag = `h${level}` as const
  const className =
    look.variant === 'plain'
      ? look.className
      : sectionHeading({ size: `h${look.size ?? level}`, className: look.className })
  return (
    <Tag id={id} tabIndex={tabIndex} className={className}>
      {children}
    </Tag>
  )
}
