import { Link } from '@/components/ui/link.client'
import { ArticleMeta } from '@/components/article/article-meta'
import { ArticleProgress } from '@/components/progress'
import { ProgressSummary } from '@/components/progress/progress-summary'
import { getLearningPath } from '@/lib/content'
import type { LearnFilters as Filters } from '@/lib/content/learn-filters'
import { formatIsoDate } from '@/lib/format'
import { getDictionary } from '@/lib/i18n'
import { learnFilterCss } from './filter-styles'
import { LearnFilters } from './learn-filters'

/**
 * /learn and its filtered pages (/learn/section/…, /learn/difficulty/…): every article of the learning path,
 * grouped by section. Every page lists them all; the current filters hide the rest (filter-styles.ts), so with
 * JavaScript a filter changes instantly without loading another page.
 */
export function LearningPathListing({ filters }: { filters: Filters }) {
  const t = getDictionary()
  const path = getLearningPath()
  const articles = path.flatMap((s) => s.articles)
  return (
    <div id="learn" className="space-y-10">
      <style href="learn-filters" precedence="default">
        {learnFilterCss('#learn')}
      </style>
      <header className="max-w-3xl space-y-3">
        <h1 className="text-3xl font-bold tracking-tight text-text sm:text-4xl">{t.learn.title}</h1>
        <p className="text-lg text-muted">{t.learn.lead}</p>
        <ProgressSummary total={articles.length} />
      </header>
      <LearnFilters
        filters={filters}
        articles={articles.map((a) => ({
          section: a.frontmatter.section,
          difficulty: a.frontmatter.difficulty,
        }))}
      />
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
                    <time dateTime={a.frontmatter.updated}>{formatIsoDate(a.frontmatter.updated)}</time>
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
