import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { LearningPathListing } from '@/components/learn/learning-path-listing'
import { ALL, learnFiltersPath, type LearnFilters } from '@/lib/content/learn-filters'
import { learnFiltersTitle } from '@/lib/content/learn-filters-title'
import { DIFFICULTIES, SECTIONS } from '@/lib/content/sections'
import { getDictionary } from '@/lib/i18n'
import { pageMetadata } from '@/lib/seo/page-metadata'

/**
 * The filtered /learn pages (/learn/section/<section>, /learn/difficulty/<difficulty> and both), prerendered
 * for every value, so a filter link works without JavaScript. Each route file re-exports the page and its
 * metadata and params from here; `dynamicParams = false` stays in each (Next.js reads it from the file).
 */
const SECTION_PARAMS = SECTIONS.map((s) => ({ section: s.id }))
const DIFFICULTY_PARAMS = DIFFICULTIES.map((difficulty) => ({ difficulty }))

/** The params of each route (its `generateStaticParams`): every value, and every pair. */
export const sectionParams = () => SECTION_PARAMS
export const difficultyParams = () => DIFFICULTY_PARAMS
export const sectionDifficultyParams = () =>
  SECTION_PARAMS.flatMap((section) => DIFFICULTY_PARAMS.map((difficulty) => ({ ...section, ...difficulty })))

type FilteredPageProps = { params: Promise<{ section?: string; difficulty?: string }> }

/** Section and difficulty from a filtered page's params; undefined for a value that has no page. */
function filtersOfParams(params: { section?: string; difficulty?: string }): LearnFilters | undefined {
  const section = params.section ?? ALL
  const difficulty = params.difficulty ?? ALL
  if (section !== ALL && !SECTIONS.some((s) => s.id === section)) return undefined
  if (difficulty !== ALL && !(DIFFICULTIES as readonly string[]).includes(difficulty)) return undefined
  return { section, difficulty }
}

/**
 * A filtered /learn page's metadata: canonical to itself (its own URL, the one a reader shares) and
 * `noindex, follow`. Each is a subset of /learn with the same titles and descriptions, so /learn is the page
 * to find in search results; crawlers still follow its article links. Left out of the sitemap for the same
 * reason. (A canonical pointing at /learn would claim the pages are duplicates of it, which they are not.)
 */
function filteredPageMetadata(filters: LearnFilters): Metadata {
  const t = getDictionary()
  return {
    ...pageMetadata({
      path: learnFiltersPath(filters),
      title: learnFiltersTitle(filters),
      description: t.learn.lead,
    }),
    robots: { index: false, follow: true },
  }
}

export async function generateFilteredMetadata({ params }: FilteredPageProps): Promise<Metadata> {
  const filters = filtersOfParams(await params)
  return filters ? filteredPageMetadata(filters) : {}
}

export async function FilteredLearnPage({ params }: FilteredPageProps) {
  const filters = filtersOfParams(await params)
  if (!filters) notFound()
  return <LearningPathListing filters={filters} />
}
