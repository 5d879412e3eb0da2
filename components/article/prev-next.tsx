import { Link } from '@/components/ui/link.client'
import { ArticleProgressWhenReached } from '@/components/progress/when-reached'
import type { Article } from '@/lib/content/loader'
import { getDictionary } from '@/lib/i18n'

type PrevNextProps = { previous: Article | undefined; next: Article | undefined }

export function PrevNext({ previous, next }: PrevNextProps) {
  const t = getDictionary()
  if (!previous && !next) return null
  return (
    <nav aria-label={t.article.learningPath} className="grid gap-3 sm:grid-cols-2" data-print="hide">
      {previous ? (
        <Link
          href={previous.path}
          rel="prev"
          className="group rounded-lg border border-line bg-surface p-4 no-underline hover:border-accent"
        >
          <span className="block text-sm text-muted">← {t.article.previous}</span>
          <span className="mt-1 block font-semibold text-text group-hover:underline">
            {previous.frontmatter.title}
          </span>
          <ArticleProgressWhenReached slug={previous.slug} title={previous.frontmatter.title} />
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link
          href={next.path}
          rel="next"
          className="group rounded-lg border border-line bg-surface p-4 text-right no-underline hover:border-accent"
        >
          <span className="block text-sm text-muted">{t.article.next} →</span>
          <span className="mt-1 block font-semibold text-text group-hover:underline">
            {next.frontmatter.title}
          </span>
          <ArticleProgressWhenReached slug={next.slug} title={next.frontmatter.title} />
        </Link>
      ) : null}
    </nav>
  )
}
