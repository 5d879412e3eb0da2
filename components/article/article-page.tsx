import { ArticleHeader } from '@/components/article/article-header'
import { ArticleJsonLd } from '@/components/article/article-json-ld'
import { DisclaimerNotice } from '@/components/article/disclaimer-notice'
import { KeyTakeaways } from '@/components/article/key-takeaways'
import { PrevNext } from '@/components/article/prev-next'
import { RelatedArticles } from '@/components/article/related-articles'
import { SourcesList } from '@/components/article/sources-list'
import { TableOfContents } from '@/components/article/table-of-contents'
import { TermDefinitions } from '@/components/mdx/term'
import { ReadMarker } from '@/components/progress/progress.client'
import { StaticPart } from '@/components/static/static-part'
import { getAdjacentArticles, getRelatedArticles, type Article } from '@/lib/content'
import type { ArticleBody } from './article-body'

/**
 * An article page: rendered by /learn/<slug>, and at build time by the source route app/static-segments/ (which
 * reads its static parts). Everything that needs no JavaScript is in a `StaticPart` (sent once, as HTML); the
 * table of contents, the read marker, the learning path's progress and the prose's islands hydrate as usual.
 */
export function ArticlePageContent({ article, Body }: { article: Article; Body: ArticleBody }) {
  const { previous, next } = getAdjacentArticles(article.slug)
  const part = (name: string) => `${article.slug}.${name}`
  return (
    <article className="grid gap-x-12 gap-y-8 lg:grid-cols-[minmax(0,1fr)_15rem] lg:grid-rows-[auto_1fr]">
      {/* The structured data and the column's first block: one grid item, as before. */}
      <StaticPart id={part('head')}>
        <ArticleJsonLd article={article} />
        <div className="min-w-0 space-y-8 lg:col-start-1">
          <ArticleHeader article={article} />
          <DisclaimerNotice />
          <KeyTakeaways items={article.frontmatter.keyTakeaways} />
        </div>
      </StaticPart>
      {/* One table of contents: under the takeaways on narrow screens, the sticky sidebar from lg. */}
      <TableOfContents headings={article.headings} className="lg:col-start-2 lg:row-span-2 lg:row-start-1" />
      <div className="min-w-0 space-y-8 lg:col-start-1">
        <div
          className="prose max-w-none prose-site prose-headings:scroll-mt-4 prose-h2:text-2xl prose-a:decoration-1 prose-code:before:content-none prose-code:after:content-none"
          data-pagefind-body
        >
          <Body />
        </div>
        {article.terms.length > 0 ? (
          <StaticPart id={part('terms')}>
            <TermDefinitions ids={article.terms} />
          </StaticPart>
        ) : null}
        <ReadMarker slug={article.slug} />
        {/* A box of its own: the column's spacing applies to it, and inside it between its two sections. */}
        <StaticPart id={part('end')} className="space-y-8">
          <SourcesList sources={article.frontmatter.sources} />
          <RelatedArticles articles={getRelatedArticles(article.slug)} />
        </StaticPart>
        <PrevNext previous={previous} next={next} />
      </div>
    </article>
  )
}
