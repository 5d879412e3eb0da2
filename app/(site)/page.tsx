import type { Metadata } from 'next'
import { Link } from '@/components/ui/link.client'
import { buttonVariants } from '@/components/ui/button-class'
import { ArticleMeta } from '@/components/article/article-meta'
import { ArticleProgress } from '@/components/progress'
import { ProgressSummary } from '@/components/progress/progress-summary'
import { JsonLd } from '@/components/seo/json-ld'
import { getLearningPath } from '@/lib/content'
import { getDictionary } from '@/lib/i18n'
import { pageMetadata } from '@/lib/seo/page-metadata'
import { siteWebsiteJsonLd } from '@/lib/seo/site-json-ld'

const t = getDictionary()
const homeTitle = `${t.site.name}: ${t.site.tagline}`

export const metadata: Metadata = {
  ...pageMetadata({ path: '/', title: homeTitle, description: t.site.description }),
  title: { absolute: homeTitle },
}

export default function HomePage() {
  const path = getLearningPath()
  const first = path[0]?.articles[0]
  return (
    <div className="space-y-16">
      <JsonLd data={siteWebsiteJsonLd()} />
      <section className="max-w-3xl space-y-5 pt-4">
        <h1 className="text-4xl leading-tight font-bold tracking-tight text-balance text-text sm:text-5xl">
          {t.home.title}
        </h1>
        <p className="text-lg text-muted sm:text-xl">{t.home.lead}</p>
        <div className="flex flex-wrap gap-3">
          {first ? (
            <Link href={first.path} className={buttonVariants({ variant: 'primary', size: 'lg' })}>
              {t.home.start}
            </Link>
          ) : null}
          <Link href="/learn" className={buttonVariants({ variant: 'secondary', size: 'lg' })}>
            {t.home.browse(path.reduce((n, section) => n + section.articles.length, 0))}
          </Link>
        </div>
      </section>

      <section aria-label={t.home.toolsLabel} className="grid gap-4 md:grid-cols-2">
        <Link
          href="/calculator"
          className="group rounded-xl border border-line bg-surface p-6 no-underline hover:border-accent"
        >
          <span className="text-xl font-bold text-text group-hover:underline">{t.home.calculator} →</span>
          <span className="mt-2 block text-muted">{t.home.calculatorText}</span>
        </Link>
        <Link
          href="/walkthrough"
          className="group rounded-xl border border-line bg-surface p-6 no-underline hover:border-accent"
        >
          <span className="text-xl font-bold text-text group-hover:underline">{t.home.walkthrough} →</span>
          <span className="mt-2 block text-muted">{t.home.walkthroughText}</span>
        </Link>
      </section>

      <section aria-labelledby="learning-path" className="space-y-6">
        <div>
          <h2 id="learning-path" className="text-2xl font-bold text-text">
            {t.home.pathTitle}
          </h2>
          <p className="mt-1 text-muted">{t.home.pathLead}</p>
          <ProgressSummary total={path.reduce((n, s) => n + s.articles.length, 0)} />
        </div>
        <ol className="space-y-8">
          {path.map((section, i) => (
            <li key={section.id} className="grid gap-3 md:grid-cols-[14rem_1fr]">
              <div>
                <h3 className="font-bold text-text">
                  <span
                    aria-hidden="true"
                    className="mr-2 inline-flex size-7 items-center justify-center rounded-full bg-accent-soft text-sm text-accent-strong"
                  >
                    {i + 1}
                  </span>
                  {section.title}
                </h3>
                <p className="mt-1 text-sm text-muted">{section.description}</p>
              </div>
              <ol className="divide-y divide-line rounded-lg border border-line bg-surface">
                {section.articles.map((a) => (
                  <li key={a.slug} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
                    <Link
                      href={a.path}
                      className="font-medium text-text underline decoration-line-strong underline-offset-4 hover:decoration-accent"
                    >
                      {a.frontmatter.title}
                    </Link>
                    <span className="flex flex-wrap items-center gap-2">
                      <ArticleProgress slug={a.slug} title={a.frontmatter.title} />
                      <ArticleMeta article={a} />
                    </span>
                  </li>
                ))}
              </ol>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="principles" className="space-y-4">
        <h2 id="principles" className="text-2xl font-bold text-text">
          {t.home.principlesTitle}
        </h2>
        <ul className="grid gap-4 md:grid-cols-3">
          {t.home.principles.map((p) => (
            <li key={p.title} className="rounded-lg border border-line bg-surface p-5">
              <h3 className="font-bold text-text">{p.title}</h3>
              <p className="mt-1 text-sm text-muted">{p.text}</p>
            </li>
          ))}
        </ul>
        <p className="text-sm text-muted">
          <Link href="/about" className="underline">
            {t.home.readPolicy}
          </Link>
          .
        </p>
      </section>
    </div>
  )
}
