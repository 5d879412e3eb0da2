import type { ReactNode } from 'react'

export type FigureProps = { caption: string; children: ReactNode }

export function Figure({ caption, children }: FigureProps) {
  return (
    <figure className="my-8 [&_p]:my-0">
      {children}
      <figcaption className="mt-2 text-center text-sm text-muted">{caption}</figcaption>
    </figure>
  )
}
