import type { Heading } from '@/lib/content/headings'
import { getDictionary } from '@/lib/i18n'
import { TocList, type TocItem } from './toc.client'

type TableOfContentsProps = { headings: Heading[] }

function itemsOf(headings: Heading[]): TocItem[] {
  return headings
    .filter((h) => h.depth === 2 || h.depth === 3)
    .map(({ id, text, depth }) => ({ id, text, depth }))
}

/** Collapsible "On this page" for narrow screens (a native <details>, no JavaScript needed). */
export function TableOfContentsMobile({ headings }: TableOfContentsProps) {
  const t = getDictionary()
  const items = itemsOf(headings)
  if (items.length < 2) return null
  return (
    <details className="group rounded-lg border border-line bg-surface lg:hidden" data-print="hide">
      <summary className="flex cursor-pointer list-none items-center justify-between px-4 py-3 font-semibold text-text">
        {t.article.onThisPage}
        <svg
          aria-hidden="true"
          viewBox="0 0 20 20"
          className="size-4 transition-transform group-open:rotate-180"
          fill="currentColor"
        >
          <path d="M5.3 7.3a1 1 0 0 1 1.4 0L10 10.6l3.3-3.3a1 1 0 1 1 1.4 1.4l-4 4a1 1 0 0 1-1.4 0l-4-4a1 1 0 0 1 0-1.4Z" />
        </svg>
      </summary>
      <nav aria-label={t.article.onThisPage} className="px-4 pb-4">
        <TocList items={items} />
      </nav>
    </details>
  )
}

/** Sticky "On this page" beside the article on wide screens. */
export function TableOfContentsSidebar({ headings }: TableOfContentsProps) {
  const t = getDictionary()
  const items = itemsOf(headings)
  if (items.length < 2) return null
  return (
    <nav
      aria-labelledby="toc-heading"
      className="sticky top-6 hidden max-h-[calc(100dvh-3rem)] overflow-y-auto lg:block"
      data-print="hide"
    >
      <h2 id="toc-heading" className="mb-3 text-sm font-bold tracking-wide text-text uppercase">
        {t.article.onThisPage}
      </h2>
      <TocList items={items} />
    </nav>
  )
}
