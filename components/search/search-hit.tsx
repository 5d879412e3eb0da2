import { parseExcerpt } from '@/lib/search/excerpt'
import type { SearchHit } from './pagefind'

/** One result's text: title, section and the excerpt with the matched words highlighted (never raw HTML). */
export function SearchHitBody({ hit }: { hit: SearchHit }) {
  return (
    <>
      <span className="flex flex-wrap items-baseline justify-between gap-x-3">
        <span className="font-semibold text-text">{hit.meta.title ?? hit.url}</span>
        {hit.meta.section ? <span className="text-xs text-muted">{hit.meta.section}</span> : null}
      </span>
      <span className="mt-1 block text-sm text-muted">
        {parseExcerpt(hit.excerpt).map((part, i) =>
          part.match ? (
            <mark key={i} className="rounded-sm bg-accent-soft px-0.5 font-semibold text-text">
              {part.text}
            </mark>
          ) : (
            <span key={i}>{part.text}</span>
          ),
        )}
      </span>
    </>
  )
}
