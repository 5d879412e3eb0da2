import type { GlossaryEntry } from '@/lib/glossary/types'

/**
 * What goes into the search index besides article pages: records Pagefind stores as they are (the shape of
 * its `addCustomRecord`). Pure, so the build script and the tests share it.
 */
export type SearchRecord = {
  url: string
  content: string
  language: string
  meta: { title: string; section: string }
}

export const SEARCH_LANGUAGE = 'en'

/** One record per glossary term, linking to its anchor on /glossary, so each term is its own result. */
export function glossaryRecords(
  entries: readonly GlossaryEntry[],
  section: string,
  alsoCalled: string,
): SearchRecord[] {
  return entries.map((entry) => ({
    url: `/glossary#${entry.id}`,
    content: [
      entry.term,
      entry.long,
      entry.aliases?.length ? `${alsoCalled} ${entry.aliases.join(', ')}` : '',
    ]
      .filter(Boolean)
      .join('\n'),
    language: SEARCH_LANGUAGE,
    meta: { title: entry.term, section },
  }))
}

/** Every string in a (dictionary) object, depth first; functions and other values are skipped. */
export function stringLeaves(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(stringLeaves)
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringLeaves)
  return []
}

/**
 * The route of a prerendered page from its file under `.next/server/app`: route groups `(name)` are not part
 * of the URL, `index.html` is `/`. Undefined for files that are not pages (`_not-found.html`, `_global-error`).
 */
export function routeOfBuiltHtml(relativePath: string): string | undefined {
  const segments = relativePath
    .replace(/\\/g, '/')
    .replace(/\.html$/, '')
    .split('/')
  const route = segments.filter((s) => !/^\(.+\)$/.test(s))
  if (route.some((s) => s.startsWith('_'))) return undefined
  if (route.length === 1 && route[0] === 'index') return '/'
  return `/${route.join('/')}`
}
