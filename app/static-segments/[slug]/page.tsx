import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { loadArticleBody } from '@/components/article/article-body'
import { ArticlePageContent } from '@/components/article/article-page'
import { renderStaticSources, splicingBuild } from '@/components/static/static-mode'
import { getArticle, getArticles } from '@/lib/content'

/**
 * Internal, build-time only: an article rendered with its static parts in full, between markers, which
 * scripts/static-segments.ts splices into the article's prerendered HTML before deleting this route's pages
 * (components/static/static-part.tsx says why). It has pages only in `npm run build`'s `next build`; otherwise
 * (a bare `next build`, `next dev`, `next start`) it answers 404.
 */
type SourcePageProps = { params: Promise<{ slug: string }> }

export const dynamicParams = false
export const metadata: Metadata = { robots: { index: false, follow: false } }

export function generateStaticParams() {
  return splicingBuild() ? getArticles().map((a) => ({ slug: a.slug })) : []
}

export default async function StaticSegmentsSourcePage({ params }: SourcePageProps) {
  const article = getArticle((await params).slug)
  if (!article || !splicingBuild()) notFound()
  renderStaticSources()
  return <ArticlePageContent article={article} Body={await loadArticleBody(article)} />
}
