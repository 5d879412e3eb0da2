import { StaticPart } from '@/components/static/static-part'
import { Link } from '@/components/ui/link.client'
import type { ReactNode } from 'react'
import type { GlossaryListing } from '@/lib/content'
import { GLOSSARY_PARTS_KEY } from '@/lib/content/routes'
import { getDictionary } from '@/lib/i18n'
import { foldForMatch } from '@/lib/search/fold'

const t = getDictionary()

/** Keyed items separated by commas ("A, B, C"). */
function CommaList({ items }: { items: [key: string, item: ReactNode][] }) {
  return items.map(([key, item], i) => (
    <span key={key}>
      {i > 0 ? ', ' : ''}
      {item}
    </span>
  ))
}

export type GlossaryEntriesProps = {
  /** The entries by letter (`getGlossaryByLetter()`). */
  byLetter: [letter: string, entries: GlossaryListing[]][]
}

/**
 * Every glossary entry, by letter: a static part of /glossary (components/static/static-part.tsx), sent once as
 * HTML and not again in the RSC payload, where it made half of the page (277 of 552 KB raw). The page and the
 * build's source route (app/static-segments/) render it alike. The filter (glossary-filter.client.tsx) works on
 * the `data-letter` and `data-glossary-text` attributes; links to articles open through the router.
 */
export function GlossaryEntries({ byLetter }: GlossaryEntriesProps) {
  return (
    <StaticPart id={`${GLOSSARY_PARTS_KEY}.entries`} className="block space-y-10">
      {byLetter.map(([letter, list]) => (
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
            {list.map((entry) => (
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
                  {entry.relatedTerms.length ? (
                    <p className="text-sm text-muted">
                      {t.glossary.related}{' '}
                      <CommaList
                        items={entry.relatedTerms.map(({ id, term }) => [
                          id,
                          <a key={id} href={`#${id}`} className="text-accent-strong underline">
                            {term}
                          </a>,
                        ])}
                      />
                    </p>
                  ) : null}
                  {entry.usedIn.length ? (
                    <p className="text-sm text-muted">
                      {t.glossary.usedIn}{' '}
                      <CommaList
                        items={entry.usedIn.map(({ path, title }) => [
                          path,
                          <Link key={path} href={path} className="text-accent-strong underline">
                            {title}
                          </Link>,
                        ])}
                      />
                    </p>
                  ) : null}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </StaticPart>
  )
}
