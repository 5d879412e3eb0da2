import type { Metadata } from 'next'
import { GlossaryEntries } from '@/components/glossary/glossary-entries'
import { GlossaryFilter } from '@/components/glossary/glossary-filter.client'
import { GlossaryJsonLd } from '@/components/seo/glossary-json-ld.client'
import { getGlossaryByLetter } from '@/lib/content'
import { getDictionary } from '@/lib/i18n'
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
  const byLetter = getGlossaryByLetter()
  const letters = new Set(byLetter.map(([letter]) => letter))
  const total = byLetter.reduce((sum, [, list]) => sum + list.length, 0)
  return (
    <div id="glossary" className="space-y-10">
      <GlossaryJsonLd />
      <header className="max-w-3xl space-y-3">
        <h1 className="text-3xl font-bold tracking-tight text-text sm:text-4xl">{t.glossary.title}</h1>
        <p className="text-lg text-muted">{t.glossary.lead(total)}</p>
      </header>

      <GlossaryFilter scopeId="glossary" total={total} labels={t.glossaryFilter} />

      <nav
        aria-label={t.glossary.index}
        className="sticky top-0 z-10 -mx-4 border-y border-line bg-bg/95 px-4 py-2 backdrop-blur sm:mx-0 sm:rounded-lg sm:border"
      >
        <ul className="flex flex-wrap gap-1">
          {LETTERS.map((letter) =>
            letters.has(letter) ? (
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

      <GlossaryEntries byLetter={byLetter} />
    </div>
  )
}
