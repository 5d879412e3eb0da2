import type { Heading } from '@/lib/content/headings'
import { getDictionary } from '@/lib/i18n'
import { TocList, type TocItem } from './toc.client'

type TableOfContentsProps = { headings: Heading[]; className?: string }

function itemsOf(headings: Heading[]): TocItem[] {
  return headings
    .filter((h) => h.depth === 2 || h.depth === 3)
    .map(({ id, text, depth }) => ({ id, text, depth }))
}

/**
 * "On this page", drawn once for every width (a second copy would weigh on every article, in its HTML and
 * again in the page's RSC payload): on narrow screens a collapsible native `<details>` (no JavaScript needed)
 * between the key takeaways and the text; from `lg` the page's grid places it in the sidebar, sticky, where
 * `.toc-disclosure` (app/globals.css) keeps its contents shown and its summary reads as a plain heading.
 */
export function TableOfContents({ headings, className }: TableOfContentsProps) {
  const t = getDictionary()
  const items = itemsOf(headings)
  if (items.length < 2) return null
  return (
    <aside className={className} data-print="hide">
      <details className="toc-disclosure group rounded-lg border border-line bg-surface lg:sticky lg:top-6 lg:max-h-[calc(100dvh-3rem)] lg:overflow-y-auto lg:rounded-none lg:border-0 lg:bg-transparent">
        <summary className="flex cursor-pointer list-none items-center justify-between px-4 py-3 lg:pointer-events-none lg:mb-3 lg:p-0">
          <h2
            id="toc-heading"
            className="font-semibold text-text lg:text-sm lg:font-bold lg:tracking-wide lg:uppercase"
          >
            {t.article.onThisPage}
          </h2>
          <svg
            aria-hidden="true"
            viewBox="0 0 20 20"
            className="size-4 transition-transform group-open:rotate-180 lg:hidden"
            fill="currentColor"
          >
            <path d="M5.3 7.3a1 1 0 0 1 1.4 0L10 10.6l3.3-3.3a1 1 0 1 1 1.4 1.4l-4 4a1 1 0 0 1-1.4 0l-4-4a1 1 0 0 1 0-1.4Z" />
          </svg>
        </summary>
        <nav aria-labelledby="toc-heading" className="px-4 pb-4 lg:p-0">
          <TocList items={items} />
        </nav>
      </details>
    </aside>
  )
}
