import type { Metadata } from 'next'
import { Link } from '@/components/ui/link.client'
import { GlossaryFilter } from '@/components/glossary/glossary-filter.client'
import { GlossaryJsonLd } from '@/components/seo/glossary-json-ld.client'
import { getArticlesUsingTerm } from '@/lib/content'
import { getGlossary, getTerm, indexLetter } from '@/lib/glossary'
import { getDictionary } from '@/lib/i18n'
import { foldForMatch } from '@/lib/search/fold'
import { pageMetadata } from '@/lib/seo/page-metadata'

const t = getDictionary()

export const metadata: Metadata = pageMetadata({
  path: '/glossary',
  ownSocialImage: true,
  title: t.glossary.title,
  description: t.glossary.description,
})

const LETTERS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ']

export default function GlossaryPage() {
  const entries = getGlossary()
  const byLetter = new Map<string, typeof entries>()
  for (const entry of entries) {
    const letter = indexLetter(entry)
    byLetter.set(letter, [...(byLetter.get(letter) ?? []), entry])
  }
  return (
    <div id="glossary" className="space-y-10">
      <GlossaryJsonLd />
      <header className="max-w-3xl space-y-3">
        <h1 className="text-3xl font-bold tracking-tight text-text sm:text-4xl">{t.glossary.title}</h1>
        <p className="text-lg text-muted">{t.glossary.lead(entries.length)}</p>
      </header>

      <GlossaryFilter scopeId="glossary" total={entries.length} labels={t.glossaryFilter} />

      <nav
        aria-label={t.glossary.index}
        className="sticky top-0 z-10 -mx-4 border-y border-line bg-bg/95 px-4 py-2 backdrop-blur sm:mx-0 sm:rounded-lg sm:border"
      >
        <ul className="flex flex-wrap gap-1">
          {LETTERS.map((letter) =>
            byLetter.has(letter) ? (
              <li key={letter}>
                <a
                  href={`#letter-${letter.toLowerCase()}`}
                  className="flex size-9 items-center justify-center rounded-md font-semibold text-accent-strong no-underline hover:bg-accent-soft"
                >
                  {letter}
                </a>
              </li>
            ) : (
              <li
                key={letter}
                aria-hidden="true"
                className="flex size-9 items-center justify-center text-line-strong"
              >
                {letter}
              </li>
            ),
          )}
        </ul>
      </nav>

      {[...byLetter.entries()].map(([letter, list]) => (
        <section
          key={letter}
          data-letter={letter}
          aria-labelledby={`letter-${letter.toLowerCase()}`}
          className="space-y-4"
        >
          <h2
            id={`letter-${letter.toLowerCase()}`}
            className="scroll-mt-20 border-b border-line pb-1 text-2xl font-bold text-text"
          >
            {letter}
          </h2>
          <dl className="space-y-6">
            {list.map((entry) => {
              const usedIn = getArticlesUsingTerm(entry.id)
              return (
                <div
                  key={entry.id}
                  className="scroll-mt-20 rounded-lg target:bg-accent-soft target:p-3"
                  id={entry.id}
                  data-glossary-text={foldForMatch([entry.term, ...(entry.aliases ?? [])].join(' '))}
                >
                  <dt className="text-lg font-semibold text-text">
                    <a href={`#${entry.id}`} className="no-underline hover:underline">
                      {entry.term}
                    </a>
                  </dt>
                  <dd className="mt-1 max-w-prose space-y-2 text-text">
                    <p>{entry.long}</p>
                    {entry.aliases?.length ? (
                      <p className="text-sm text-muted">
                        {t.glossary.aliases} {entry.aliases.join(', ')}
                      </p>
                    ) : null}
                    {entry.related.length ? (
                      <p className="text-sm text-muted">
                        {t.glossary.related}{' '}
                        {entry.related.map((id, i) => (
                          <span key={id}>
                            {i > 0 ? ', ' : ''}
                            <a href={`#${id}`} className="text-accent-strong underline">
                              {getTerm(id)?.term ?? id}
                            </a>
                          </span>
                        ))}
                      </p>
                    ) : null}
                    {usedIn.length ? (
                      <p className="text-sm text-muted">
                        {t.glossary.usedIn}{' '}
                        {usedIn.map((a, i) => (
                          <span key={a.slug}>
                            {i > 0 ? ', ' : ''}
                            <Link href={a.path} className="text-accent-strong underline">
                              {a.frontmatter.title}
                            </Link>
                          </span>
                        ))}
                      </p>
                    ) : null}
                  </dd>
                </div>
              )
            })}
          </dl>
        </section>
      ))}
    </div>
  )
}
