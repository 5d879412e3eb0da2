import type { ReactNode } from 'react'

type HeadingProps = { level: 1 | 2 | 3 | 4; id?: string; className?: string; children: ReactNode }

const SIZE = { 1: 'text-3xl sm:text-4xl', 2: 'text-2xl', 3: 'text-xl', 4: 'text-lg' } as const

/** A section heading at the level the surrounding page needs (calculators live on pages and in articles). */
export function Heading({ level, id, className = '', children }: HeadingProps) {
  const Tag = `h${level}` as const
  return (
    <Tag id={id} className={`font-bold tracking-tight text-text ${SIZE[level]} ${className}`}>
      {children}
    </Tag>
  )
}
