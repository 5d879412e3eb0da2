import type { ReactNode } from 'react'
import { StaticPart } from '@/components/static/static-part'

/**
 * `<StaticSegment>` in an article's compiled MDX, inserted by lib/mdx/rehype-static-segments.mjs around each run
 * of blocks without an interactive component (never written by editors): a static part of the article.
 */
export function StaticSegment({ id, children }: { id: string; children?: ReactNode }) {
  return <StaticPart id={id}>{children}</StaticPart>
}
