/**
 * The browser's side of an article's static segments (lib/mdx/rehype-static-segments.mjs): the segment HTML this
 * tab has seen, by id. A segment's HTML is in its article's document, not in the article's RSC payload, so:
 * - hydrating, a segment takes its HTML from the element in place (and remembers it);
 * - the router showing the article again (back, forward) takes it from memory;
 * - the router opening an article this tab has not loaded fetches the article's HTML once and reads them all.
 */
export const SEGMENT_ATTRIBUTE = 'data-static-segment'

/**
 * Pages with static segments: `/learn/<slug>`, an article (not a section or difficulty list), and the glossary
 * (lib/content/routes.ts, `staticPartsPage`).
 */
const PAGE_WITH_PARTS = /^\/(?:learn\/(?!section\/|difficulty\/)[^/?#]+|glossary)\/?$/

export function hasStaticSegments(path: string): boolean {
  return PAGE_WITH_PARTS.test(path)
}

const seen = new Map<string, string>()
const loads = new Map<string, Promise<boolean>>()

/** A segment's HTML if this tab has it (in the document or in memory), else undefined. */
export function knownSegment(id: string): string | undefined {
  const known = seen.get(id)
  if (known !== undefined) return known
  const element = [...document.querySelectorAll(`[${SEGMENT_ATTRIBUTE}]`)].find(
    (candidate) => candidate.getAttribute(SEGMENT_ATTRIBUTE) === id,
  )
  if (element === undefined) return undefined
  // Serialised once: reading innerHTML walks the whole segment (about 9 ms for an article's at 4x CPU).
  const html = element.innerHTML
  seen.set(id, html)
  return html
}

const failed = new Set<string>()

/** A page whose parts this tab took from its own document (or memory): pointing at a link to it fetches nothing. */
export function rememberPage(path: string): void {
  if (!loads.has(path)) loads.set(path, Promise.resolve(true))
}

/**
 * Fetches an article's document once and remembers its segments. Resolves false when the page could not be
 * fetched; never rejects. The promise stays the same for a page (React's `use` needs that while it suspends);
 * only a new prefetch retries a page that failed.
 */
export function loadStaticSegments(path: string): Promise<boolean> {
  let load = loads.get(path)
  if (load === undefined) {
    load = fetch(path, { headers: { accept: 'text/html' } })
      .then(async (response) => {
        if (!response.ok) return false
        const page = new DOMParser().parseFromString(await response.text(), 'text/html')
        for (const element of page.querySelectorAll(`[${SEGMENT_ATTRIBUTE}]`))
          seen.set(element.getAttribute(SEGMENT_ATTRIBUTE) ?? '', element.innerHTML)
        return true
      })
      .catch(() => false)
      .then((ok) => {
        if (!ok) failed.add(path)
        return ok
      })
    loads.set(path, load)
  }
  return load
}

/** A promise React's `use` reads at once: it looks at `status` and `value` before it would wait. */
const SETTLED: Promise<boolean> = Object.assign(Promise.resolve(true), { status: 'fulfilled', value: true })

/**
 * What a segment waits on before it can show: nothing when this tab has its HTML (a promise already settled), else
 * its page's load (see loadStaticSegments).
 */
export function segmentReady(id: string, page: string): Promise<boolean> {
  return knownSegment(id) !== undefined ? SETTLED : loadStaticSegments(page)
}

/** Fetches an article's segments ahead (a reader reaching for a link to it); other paths are left alone. */
export function prefetchStaticSegments(path: string): void {
  if (!hasStaticSegments(path)) return
  if (failed.delete(path)) loads.delete(path)
  void loadStaticSegments(path)
}

let leaving = false

/**
 * Loads the article the router is showing as a document, once (several parts may ask): used when its parts
 * could not be had. The router has already put the article's URL in the address bar, so this replaces it.
 */
export function openAsDocument(page: string): void {
  if (leaving) return
  leaving = true
  window.location.replace(window.location.pathname === page ? window.location.href : page)
}
