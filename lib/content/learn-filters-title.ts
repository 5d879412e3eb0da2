import { getDictionary } from '@/lib/i18n'
import { ALL, type LearnFilters } from './learn-filters'
import { DIFFICULTIES, SECTIONS } from './sections'

/**
 * The title of the /learn page showing `filters`: "Learn" unfiltered, "Learn: Rewards, Advanced" filtered.
 * Server-side (it reads the dictionary): the filtered pages' metadata and the titles the filter links hand the
 * browser for in-place filtering both come from here.
 */
export function learnFiltersTitle(filters: LearnFilters): string {
  const t = getDictionary()
  const section = SECTIONS.find((s) => s.id === filters.section)
  const difficulty = DIFFICULTIES.find((d) => d === filters.difficulty)
  const chosen = [...(section ? [section.title] : []), ...(difficulty ? [t.difficulty[difficulty]] : [])]
  return filters.section === ALL && filters.difficulty === ALL ? t.learn.title : t.learn.filteredTitle(chosen)
}
