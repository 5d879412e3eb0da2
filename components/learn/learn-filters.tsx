import type { LearnFilters as Filters } from '@/lib/content/learn-filters'
import { ALL, learnFiltersPath } from '@/lib/content/learn-filters'
import { learnFiltersTitle } from '@/lib/content/learn-filters-title'
import { DIFFICULTIES, SECTIONS } from '@/lib/content/sections'
import { getDictionary } from '@/lib/i18n'
import { documentTitle } from '@/lib/seo/page-metadata'
import { LearnFilterLinks } from './learn-filters.client'
import type { LearnFilterGroup } from './types'

type LearnFiltersProps = {
  /** The filters of this prerendered page. */
  filters: Filters
  /** Each listed article's section and difficulty. */
  articles: readonly Filters[]
}

/**
 * Section and difficulty filters for /learn, with the live count of what they leave. Links to the prerendered
 * filtered pages (see lib/content/learn-filters.ts); the hiding itself is CSS, see filter-styles.ts.
 */
export function LearnFilters({ filters, articles }: LearnFiltersProps) {
  const t = getDictionary()
  const groups: LearnFilterGroup[] = [
    {
      name: 'section',
      legend: t.learn.sectionFilter,
      options: [
        { value: ALL, label: t.learn.all },
        ...SECTIONS.map((s) => ({ value: s.id, label: s.title })),
      ],
    },
    {
      name: 'difficulty',
      legend: t.difficulty.label,
      options: [
        { value: ALL, label: t.learn.all },
        ...DIFFICULTIES.map((d) => ({ value: d, label: t.difficulty[d] })),
      ],
    },
  ]
  // Every combination's browser title, by its page's path, so filtering in place titles the page as a visit
  // to that page would.
  const titles: Record<string, string> = {}
  for (const section of [ALL, ...SECTIONS.map((s) => s.id)]) {
    for (const difficulty of [ALL, ...DIFFICULTIES]) {
      const combination = { section, difficulty }
      titles[learnFiltersPath(combination)] = documentTitle(learnFiltersTitle(combination))
    }
  }
  return (
    <LearnFilterLinks
      titles={titles}
      initial={filters}
      groups={groups}
      articles={articles}
      label={t.learn.filters}
      template={t.learn.showing}
      empty={t.learn.none}
    />
  )
}
