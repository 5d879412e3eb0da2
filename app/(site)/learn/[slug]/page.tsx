import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { loadArticleBody } from '@/components/article/article-body'
import { ArticleHeader } from '@/components/article/article-header'
import { ArticleJsonLd } from '@/components/article/article-json-ld'
import { DisclaimerNotice } from '@/components/article/disclaimer-notice'
import { KeyTakeaways } from '@/components/article/key-takeaways'
import { PrevNext } from '@/components/article/prev-next'
import { ReadMarker } from '@/components/progress/progress.client'
import { RelatedArticles } from '@/components/article/related-articles'
import { SourcesList } from '@/components/article/sources-list'
import { TableOfContents } from '@/components/article/table-of-contents'
import { TermDefinitions } from '@/components/mdx/term'
import { getAdjacentArticles, getArticle, getArticles, getRelatedArticles, sectionById } from '@/lib/content'
import { pageMetadata } from '@/lib/seo/page-metadata'
import 'katex/dist/katex.min.css'

type ArticlePageProps = { params: Promise<{ slug: string }> }

export const dynamicParams = false

export function generateStaticParams() {
  return getArticles().map((a) => ({ slug: a.slug }))
}

export async function generateMetadata({ params }: ArticlePageProps): Promise<Metadata> {
  const article = getArticle((await params).slug)
  if (!article) return {}
  const fm = article.frontmatter
  return pageMetadata({
    path: article.path,
    ownSocialImage: true,
    title: fm.title,
    description: fm.description,
    article: {
      published: fm.published,
      modified: fm.updated,
      section: sectionById(fm.section).title,
      tags: fm.tags,
    },
  })
}

export default async function ArticlePage({ params }: ArticlePageProps) {
  const article = getArticle((await params).slug)
  if (!article) notFound()
  const Body = await loadArticleBody(article)
  const { previous, next } = getAdjacentArticles(article.slug)
  return (
    <article className="grid gap-x-12 gap-y-8 lg:grid-cols-[minmax(0,1fr)_15rem] lg:grid-rows-[auto_1fr]">
      <ArticleJsonLd article={article} />
      <div className="min-w-0 space-y-8 lg:col-start-1">
        <ArticleHeader article={article} />
        <DisclaimerNotice />
        <KeyTakeaways items={article.frontmatter.keyTakeaways} />
      </div>
      {/* One table of contents: under the takeaways on narrow screens, the sticky sidebar from lg. */}
      <TableOfContents headings={article.headings} className="lg:col-start-2 lg:row-span-2 lg:row-start-1" />
      <div className="min-w-0 space-y-8 lg:col-start-1">
        <div
          className="prose max-w-none prose-site prose-headings:scroll-mt-4 prose-h2:text-2xl prose-a:decoration-1 prose-code:before:content-none prose-code:after:content-none"
          data-pagefind-body
        >
          <Body />
        </div>
        <TermDefinitions ids={article.terms} />
        <ReadMarker slug={article.slug} />
        <SourcesList sources={article.frontmatter.sources} />
        <RelatedArticles articles={getRelatedArticles(article.slug)} />
        <PrevNext previous={previous} next={next} />
      </div>
    </article>
  )
}
