import 'server-only'
import {
  checkGlossary,
  getGlossary,
  getTerm,
  glossaryIds,
  glossaryTermForms,
  indexLetter,
  type GlossaryEntry,
} from '@/lib/glossary'
import { readContent, type Article } from './loader'
import { ContentError } from './problems'
import { SECTIONS, type Section } from './sections'

export type { Article } from './loader'
export type { Heading } from './headings'
export type { Frontmatter, Source } from './schema'
export { SECTIONS, sectionById, type Section, type SectionId, type Difficulty } from './sections'

let cached: Article[] | undefined

function today(): string {
  return new Date().toISOString().slice(0, 10)
}

/**
 * Every published article in learning-path order. Throws a `ContentError` listing every problem
 * (`content/x.mdx:LINE:COL field: message`) when any content is invalid, which fails `next build`.
 */
export function getArticles(): Article[] {
  if (cached && process.env.NODE_ENV === 'production') return cached
  const glossary = checkGlossary()
  if (glossary.length > 0) {
    throw new Error(
      `Invalid glossary:\n${glossary.map((p) => `  content/glossary.ts ${p.id} ${p.field}: ${p.message}`).join('\n')}`,
    )
  }
  const report = readContent({
    root: process.cwd(),
    today: today(),
    glossaryIds: glossaryIds(),
    glossaryTerms: glossaryTermForms(),
    includeDrafts: process.env.NODE_ENV !== 'production',
  })
  if (report.problems.some((p) => p.severity === 'error')) throw new ContentError(report.problems)
  cached = report.articles
  return cached
}

export function getArticle(slug: string): Article | undefined {
  return getArticles().find((a) => a.slug === slug)
}

export type LearningPathSection = Section & { articles: Article[] }

/** Sections in order, each with its articles in order; empty sections are left out. */
export function getLearningPath(): LearningPathSection[] {
  const articles = getArticles()
  return SECTIONS.map((section) => ({
    ...section,
    articles: articles.filter((a) => a.frontmatter.section === section.id),
  })).filter((s) => s.articles.length > 0)
}

/** The previous and next article along the whole learning path. */
export function getAdjacentArticles(slug: string): {
  previous: Article | undefined
  next: Article | undefined
} {
  const articles = getArticles()
  const i = articles.findIndex((a) => a.slug === slug)
  return { previous: i > 0 ? articles[i - 1] : undefined, next: i >= 0 ? articles[i + 1] : undefined }
}

/** Up to `limit` other articles sharing the most tags, ties broken by learning-path order. */
export function getRelatedArticles(slug: string, limit = 3): Article[] {
  const articles = getArticles()
  const self = articles.find((a) => a.slug === slug)
  if (!self) return []
  const tags = new Set(self.frontmatter.tags)
  return articles
    .filter((a) => a.slug !== slug)
    .map((a, index) => ({ a, index, shared: a.frontmatter.tags.filter((t) => tags.has(t)).length }))
    .filter((x) => x.shared > 0)
    .sort((x, y) => y.shared - x.shared || x.index - y.index)
    .slice(0, limit)
    .map((x) => x.a)
}

/** Articles that explain a glossary term with <Term id="…">, in learning-path order. */
export function getArticlesUsingTerm(id: string): Article[] {
  return getArticles().filter((a) => a.terms.includes(id))
}

/** One glossary entry as the glossary page lists it: related entries by name, articles that use it. */
export type GlossaryListing = GlossaryEntry & {
  relatedTerms: { id: string; term: string }[]
  usedIn: { path: string; title: string }[]
}

/**
 * The glossary page's entries, grouped by the letter they are filed under, A–Z ("#" for digits and symbols),
 * in the order of `getGlossary()`.
 */
export function getGlossaryByLetter(): [letter: string, entries: GlossaryListing[]][] {
  const byLetter = new Map<string, GlossaryListing[]>()
  for (const entry of getGlossary()) {
    const letter = indexLetter(entry)
    const listing: GlossaryListing = {
      ...entry,
      relatedTerms: entry.related.map((id) => ({ id, term: getTerm(id)?.term ?? id })),
      usedIn: getArticlesUsingTerm(entry.id).map((a) => ({ path: a.path, title: a.frontmatter.title })),
    }
    byLetter.set(letter, [...(byLetter.get(letter) ?? []), listing])
  }
  return [...byLetter]
}
