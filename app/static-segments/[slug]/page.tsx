import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { loadArticleBody } from '@/components/article/article-body'
import { ArticlePageContent } from '@/components/article/article-page'
import { GlossaryEntries } from '@/components/glossary/glossary-entries'
import { renderStaticSources, splicingBuild } from '@/components/static/static-mode'
import { getArticle, getArticles, getGlossaryByLetter } from '@/lib/content'
import { GLOSSARY_PARTS_KEY } from '@/lib/content/routes'

/**
 * Internal, build-time only: an article (or, as `glossary`, the glossary's entries) rendered with its static
 * parts in full, between markers, which scripts/static-segments.ts splices into the page's prerendered HTML before deleting this route's pages
 * (components/static/static-part.tsx says why). It has pages only in `npm run build`'s `next build`; otherwise
 * (a bare `next build`, `next dev`, `next start`) it answers 404.
 */
type SourcePageProps = { params: Promise<{ slug: string }> }

export const dynamicParams = false
export const metadata: Metadata = { robots: { index: false, follow: false } }

export function generateStaticParams() {
  if (!splicingBuild()) return []
  return [...getArticles().map((a) => ({ slug: a.slug })), { slug: GLOSSARY_PARTS_KEY }]
}

export default async function StaticSegmentsSourcePage({ params }: SourcePageProps) {
  const { slug } = await params
  if (!splicingBuild()) notFound()
  if (slug === GLOSSARY_PARTS_KEY) {
    renderStaticSources()
    return <GlossaryEntries byLetter={getGlossaryByLetter()} />
  }
  const article = getArticle(slug)
  if (!article) notFound()
  renderStaticSources()
  return <ArticlePageContent article={article} Body={await loadArticleBody(article)} />
}
