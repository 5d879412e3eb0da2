import { Link } from '@/components/ui/link.client'
import type { Article } from '@/lib/content/loader'
import { sectionById } from '@/lib/content/sections'
import { formatIsoDate } from '@/lib/format'
import { getDictionary } from '@/lib/i18n'
import { DifficultyBadge } from './difficulty-badge'

type ArticleHeaderProps = { article: Article }

export function ArticleHeader({ article }: ArticleHeaderProps) {
  const t = getDictionary()
  const fm = article.frontmatter
  const section = sectionById(fm.section)
  const dates = [
    { label: t.article.published, value: fm.published },
    { label: t.article.updated, value: fm.updated },
    { label: t.article.reviewed, value: fm.reviewed },
  ]
  return (
    <header className="space-y-4">
      <nav aria-label={t.article.breadcrumb} className="text-sm text-muted" data-print="hide">
        <ol className="flex flex-wrap items-center gap-1">
          <li>
            <Link href="/learn" className="underline decoration-line-strong hover:text-text">
              {t.nav.learn}
            </Link>
          </li>
          <li aria-hidden="true">›</li>
          <li>
            <Link
              href={`/learn#${section.id}`}
              className="underline decoration-line-strong hover:text-text"
              data-pagefind-meta="section"
            >
              {section.title}
            </Link>
          </li>
        </ol>
      </nav>
      <h1 className="text-3xl leading-tight font-bold tracking-tight text-balance text-text sm:text-4xl">
        {fm.title}
      </h1>
      <p className="max-w-prose text-lg text-muted">{fm.description}</p>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm text-muted">
        <DifficultyBadge difficulty={fm.difficulty} />
        <span>{t.article.readingTime(article.readingMinutes)}</span>
        <dl className="flex flex-wrap gap-x-4 gap-y-1">
          {dates.map((d) => (
            <div key={d.label} className="flex gap-1">
              <dt>{d.label}</dt>
              <dd>
                <time dateTime={d.value}>{formatIsoDate(d.value)}</time>
              </dd>
            </div>
          ))}
        </dl>
      </div>
    </header>
  )
}
