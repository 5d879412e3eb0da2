import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PHASE_PRODUCTION_BUILD } from 'next/constants'
import { loadArticleBody } from '@/components/article/article-body'
import { StaticSegmentSource } from '@/components/mdx/static-segment'
import { getArticle, getArticles } from '@/lib/content'

/**
 * Internal, build-time only: an article's static segments rendered in full, which scripts/static-segments.ts
 * splices into the article's prerendered HTML and then deletes (lib/mdx/rehype-static-segments.mjs says why).
 * Outside `next build` the route answers 404.
 */
type SourcePageProps = { params: Promise<{ slug: string }> }

export const dynamicParams = false
export const metadata: Metadata = { robots: { index: false, follow: false } }

export function generateStaticParams() {
  return getArticles().map((a) => ({ slug: a.slug }))
}

export default async function StaticSegmentsSourcePage({ params }: SourcePageProps) {
  const article = getArticle((await params).slug)
  if (!article || process.env.NEXT_PHASE !== PHASE_PRODUCTION_BUILD) notFound()
  const Body = await loadArticleBody(article)
  return <Body components={{ StaticSegment: StaticSegmentSource }} />
}
