import type { ReactNode } from 'react'
import { articlePath } from '@/lib/content/routes'
import { getDictionary } from '@/lib/i18n'
import { StaticSegment as KeptSegment } from './static-segment.client'

/** A segment id is `<slug>.<n>` (lib/mdx/rehype-static-segments.mjs). */
const slugOf = (id: string) => id.slice(0, id.lastIndexOf('.'))

/**
 * `<StaticSegment>` in an article's compiled MDX (inserted by lib/mdx/rehype-static-segments.mjs, never written by
 * editors). On the article page: a placeholder that keeps the segment's server HTML; its children are not
 * rendered here, so they stay out of the page's RSC payload (scripts/static-segments.ts puts their HTML in).
 */
export function StaticSegment({ id }: { id: string; children?: ReactNode }) {
  const t = getDictionary().staticSegment
  return <KeptSegment id={id} page={articlePath(slugOf(id))} unavailable={t.unavailable} reload={t.reload} />
}

/** The same segment on the internal source route: its content, rendered, between markers the build reads. */
export function StaticSegmentSource({ id, children }: { id: string; children?: ReactNode }) {
  return (
    <>
      <span data-static-segment-start={id} />
      {children}
      <span data-static-segment-end={id} />
    </>
  )
}
