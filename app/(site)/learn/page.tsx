import type { Metadata } from 'next'
import Link from 'next/link'
import { ArticleMeta } from '@/components/article/article-meta'
import { FilterStatus } from '@/components/learn/filter-status.client'
import { ArticleProgress } from '@/components/progress'
import { ProgressSummary } from '@/components/progress/progress-summary'
import { learnFilterCss } from '@/components/learn/filter-styles'
import { LearnFilters } from '@/components/learn/learn-filters'
import { getLearningPath } from '@/lib/content'
import { formatDate, getDictionary } from '@/lib/i18n'
import { pageMetadata } from '@/lib/seo/page-metadata'

const t = getDictionary()

export const metadata: Metadata = pageMetadata({
  path: '/learn',
  title: t.learn.title,
  description: t.learn.lead,
})

export default function LearnPage() {
  const path = getLearningPath()
  const total = path.reduce((n, s) => n + s.articles.length, 0)
  return (
    <div id="learn" className="space-y-10">
      <style href="learn-filters" precedence="default">
        {learnFilterCss('#learn')}
      </style>
      <header className="max-w-3xl space-y-3">
        <h1 className="text-3xl font-bold tracking-tight text-text sm:text-4xl">{t.learn.title}</h1>
        <p className="text-lg text-muted">{t.learn.lead}</p>
        <ProgressSummary total={total} />
      </header>
      <div className="space-y-2">
        <LearnFilters />
        <FilterStatus scopeId="learn" total={total} template={t.learn.showing} empty={t.learn.none} />
      </div>
      {path.map((section, i) => (
        <section
          key={section.id}
          aria-labelledby={section.id}
          data-section={section.id}
          className="space-y-4"
        >
          <div>
            <h2 id={section.id} className="scroll-mt-6 text-2xl font-bold text-text">
              <span className="mr-2 text-muted">{i + 1}.</span>
              {section.title}
            </h2>
            <p className="mt-1 text-muted">{section.description}</p>
          </div>
          <ol className="grid gap-3 md:grid-cols-2">
            {section.articles.map((a) => (
              <li
                key={a.slug}
                data-difficulty={a.frontmatter.difficulty}
                className="flex flex-col rounded-lg border border-line bg-surface p-4"
              >
                <Link
                  href={a.path}
                  className="text-lg font-semibold text-text underline decoration-line-strong underline-offset-4 hover:decoration-accent"
                >
                  {a.frontmatter.title}
                </Link>
                <p className="mt-1 flex-1 text-sm text-muted">{a.frontmatter.description}</p>
                <div className="mt-3 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-muted">
                  <ArticleProgress slug={a.slug} title={a.frontmatter.title} />
                  <ArticleMeta article={a} />
                  <span>
                    {t.article.updated}{' '}
                    <time dateTime={a.frontmatter.updated}>{formatDate(a.frontmatter.updated)}</time>
                  </span>
                </div>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  )
}
