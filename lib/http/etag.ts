/**
 * Entity tags for prerendered pages (RFC 9110 §8.8.3, §13.1.2). Next.js would hash each page's HTML again on
 * every request to make its ETag (a 64-bit FNV-1a over every character: about an eighth of the server's time per
 * article request, measured with `node --cpu-prof` under load, issue 13), so `npm run build` computes one tag per
 * page once (lib/security/manifest.ts) and proxy.ts sends it and answers `If-None-Match` itself.
 *
 * Tags are weak (`W/"…"`): the same HTML goes out gzip-encoded, brotli-encoded or as is, and a strong tag would
 * promise the same bytes for all of them.
 */

const ENTITY_TAG = /[\s,]*(?:W\/)?"([\x21\x23-\x7e\x80-\xff]*)"\s*(?:,|$)/y

/**
 * The opaque parts of the entity tags an `If-None-Match` header lists, or `'*'`; `[]` for a header that is absent
 * or malformed (a malformed header matches nothing, so the page is sent in full).
 */
export function listedTags(header: string | null): string[] | '*' {
  if (header === null) return []
  if (header.trim() === '*') return '*'
  const tags: string[] = []
  ENTITY_TAG.lastIndex = 0
  while (ENTITY_TAG.lastIndex < header.length) {
    const start = ENTITY_TAG.lastIndex
    const match = ENTITY_TAG.exec(header)
    if (match === null || ENTITY_TAG.lastIndex === start) {
      // Only blanks (and empty list elements) may remain; anything else makes the whole header malformed.
      return /^[\s,]*$/.test(header.slice(start)) ? tags : []
    }
    tags.push(match[1]!)
  }
  return tags
}

/**
 * Whether a GET or HEAD with this `If-None-Match` may be answered `304 Not Modified` for a page whose tag is
 * `etag`: the header is `*`, or lists the tag (weak comparison: `W/` prefixes are ignored on both sides).
 */
export function notModified(ifNoneMatch: string | null, etag: string): boolean {
  const listed = listedTags(ifNoneMatch)
  if (listed === '*') return true
  const opaque = /^(?:W\/)?"(.*)"$/.exec(etag)?.[1]
  return opaque !== undefined && listed.includes(opaque)
}
