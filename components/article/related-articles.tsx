import { Link } from '@/components/ui/link.client'
import type { Article } from '@/lib/content/loader'
import { getDictionary } from '@/lib/i18n'
import { ArticleMeta } from './article-meta'

type RelatedArticlesProps = { articles: Article[] }

export function RelatedArticles({ articles }: RelatedArticlesProps) {
  const t = getDictionary()
  if (articles.length === 0) return null
  return (
    <section aria-labelledby="related" data-print="hide">
      <h2 id="related" className="text-xl font-bold text-text">
        {t.article.related}
      </h2>
      <ul className="mt-3 grid gap-3 sm:grid-cols-3">
        {articles.map((a) => (
          <li key={a.slug} className="rounded-lg border border-line bg-surface p-4">
            <Link
              href={a.path}
              className="font-semibold text-text underline decoration-line-strong hover:decoration-accent"
            >
              {a.frontmatter.title}
            </Link>
            <ArticleMeta article={a} className="mt-2" />
          </li>
        ))}
      </ul>
    </section>
  )
}
