import 'client-only'
import { indexSavedForOffline, saveIndexForOffline } from './offline-index'

/** The part of Pagefind's browser API the site uses (https://pagefind.app/docs/api/). */
export type PagefindResultData = {
  url: string
  excerpt: string
  meta: { title?: string; section?: string }
}

type PagefindResult = { id: string; data: () => Promise<PagefindResultData> }

export type Pagefind = {
  options: (options: { excerptLength?: number }) => Promise<void>
  init: () => Promise<void>
  search: (query: string) => Promise<{ results: PagefindResult[] } | null>
}

/** Where `npm run build` writes the index and Pagefind's own script. */
const PAGEFIND_URL = '/pagefind/pagefind.js'

let loading: Promise<Pagefind> | undefined

/**
 * Loads Pagefind's script and WebAssembly (once per page), only when a reader first searches. The script
 * is a file the build writes, not a module of the bundle, so the bundler must leave the import alone.
 */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(
      /* webpackIgnore: true */ /* turbopackIgnore: true */ PAGEFIND_URL
    )) as Pagefind
    await pagefind.options({ excerptLength: 24 })
    await pagefind.init()
    return pagefind
  })().catch((error: unknown) => {
    loading = undefined
    throw error
  })
  return loading
}

export type SearchHit = PagefindResultData & { id: string }

/**
 * Starts Pagefind, then saves the rest of its index for offline searches in idle time (offline-index.ts).
 * Called when the dialog or the /search page opens, so the first search does not wait for the start.
 */
export function prepareSearch(): void {
  loadPagefind().then(saveIndexForOffline, () => {})
}

/** Thrown when a search fails with no network: it needed a part of the index that was not saved yet. */
export class OfflineSearchError extends Error {}

/**
 * How many results `query` has, and the first `limit` with their data (title, section, excerpt).
 * `incomplete`: answered offline before the whole index was saved (Pagefind skips index chunks it cannot
 * load, so results may be missing).
 */
export async function searchSite(
  query: string,
  limit = 10,
): Promise<{ total: number; hits: SearchHit[]; incomplete: boolean }> {
  try {
    const pagefind = await loadPagefind()
    const found = await pagefind.search(query)
    const incomplete = !navigator.onLine && !indexSavedForOffline()
    if (!found) return { total: 0, hits: [], incomplete }
    const hits = await Promise.all(
      found.results.slice(0, limit).map(async (r) => ({ id: r.id, ...(await r.data()) })),
    )
    return { total: found.results.length, hits, incomplete }
  } catch (error) {
    throw navigator.onLine ? error : new OfflineSearchError('offline', { cause: error })
  }
}
