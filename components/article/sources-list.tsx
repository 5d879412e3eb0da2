import type { Source } from '@/lib/content/schema'
import { formatIsoDate } from '@/lib/format'
import { getDictionary } from '@/lib/i18n'

type SourcesListProps = { sources: Source[] }

export function SourcesList({ sources }: SourcesListProps) {
  const t = getDictionary()
  return (
    <section
      aria-labelledby="sources"
      className="render-when-near border-t border-line pt-6 [--near-height:30rem]"
    >
      <h2 id="sources" className="text-xl font-bold text-text">
        {t.article.sources}
      </h2>
      <ol className="mt-3 list-decimal space-y-2 pl-6 text-sm text-muted marker:text-muted">
        {sources.map((s) => (
          <li key={s.url}>
            <a href={s.url} className="font-medium break-words text-accent-strong underline">
              {s.title}
            </a>{' '}
            <span className="whitespace-nowrap">({t.article.accessed(formatIsoDate(s.accessed))})</span>
          </li>
        ))}
      </ol>
    </section>
  )
}
