import type { ReactNode } from 'react'
import { staticPartsPage } from '@/lib/content/routes'
import { StaticSegment } from './static-segment.client'
import { staticMode } from './static-mode'

export type StaticPartProps = {
  /**
   * `<key>.<name>`: unique on the page; the key names the page whose HTML holds the part, an article's slug or
   * `glossary` (lib/content/routes.ts, `staticPartsPage`).
   */
  id: string
  /** The wrapper's classes; by default it has no box of its own (`display: contents`). */
  className?: string
  children?: ReactNode
}

const keyOf = (id: string) => id.slice(0, id.lastIndexOf('.'))

/**
 * Server-rendered content of an article (or of the glossary) that needs no JavaScript, sent once: as HTML, and
 * not again in the RSC payload React hydrates from (issue 13: the payload repeated the whole page, out of gzip's
 * reach). On the prerendered article it is a placeholder that keeps the HTML spliced in after the build; see
 * components/static/static-mode.ts for the three ways it renders. Links inside still open through the router.
 * Anything that hydrates (an island, a client component other than `Link`) must stay outside.
 */
export function StaticPart({ id, className = 'static-segment', children }: StaticPartProps) {
  const mode = staticMode()
  if (mode === 'inline') return <div className={className}>{children}</div>
  if (mode === 'source')
    return (
      <>
        <span data-static-segment-start={id} />
        {children}
        <span data-static-segment-end={id} />
      </>
    )
  return <StaticSegment id={id} className={className} page={staticPartsPage(keyOf(id))} />
}
