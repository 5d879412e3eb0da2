import type { Metadata } from 'next'
import { Link } from '@/components/ui/link.client'
import { SearchPageForm } from '@/components/search/search-page.client'
import { getLearningPath } from '@/lib/content'
import { getDictionary } from '@/lib/i18n'
import { pageMetadata } from '@/lib/seo/page-metadata'

const t = getDictionary()

export const metadata: Metadata = {
  ...pageMetadata({ path: '/search', title: t.search.page.title, description: t.search.page.description }),
  // Result pages are the reader's own queries: worth following, not worth indexing.
  robots: { index: false, follow: true },
}

/** Search without the dialog: a form whose query lives in the URL, and, without JavaScript, a way through. */
export default function SearchPage() {
  return (
    <div className="max-w-3xl space-y-10">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold tracking-tight text-text sm:text-4xl">{t.search.page.title}</h1>
        <p className="text-lg text-muted">{t.search.page.description}</p>
      </header>
      <SearchPageForm labels={t.search} />
      <section
        aria-labelledby="no-script"
        className="js-hidden space-y-2 rounded-lg border border-line bg-surface p-4"
      >
        <h2 id="no-script" className="text-lg font-semibold text-text">
          {t.search.page.noScriptTitle}
        </h2>
        <p className="text-text">{t.search.page.noScript}</p>
        <p>
          <Link href="/glossary" className="text-accent-strong underline">
            {t.search.page.glossaryAZ}
          </Link>
        </p>
      </section>
      <section aria-labelledby="browse" className="space-y-4">
        <h2 id="browse" className="text-2xl font-bold text-text">
          {t.search.page.browse}
        </h2>
        {getLearningPath().map((section) => (
          <div key={section.id} className="space-y-1">
            <h3 className="font-semibold text-text">{section.title}</h3>
            <ul className="list-disc space-y-1 pl-5">
              {section.articles.map((a) => (
                <li key={a.slug}>
                  <Link href={a.path} className="text-accent-strong underline">
                    {a.frontmatter.title}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        ))}
        <p>
          <Link href="/calculator" className="text-accent-strong underline">
            {t.nav.calculator}
          </Link>
          {' · '}
          <Link href="/walkthrough" className="text-accent-strong underline">
            {t.nav.walkthrough}
          </Link>
          {' · '}
          <Link href="/glossary" className="text-accent-strong underline">
            {t.search.page.glossaryAZ}
          </Link>
        </p>
      </section>
    </div>
  )
}
