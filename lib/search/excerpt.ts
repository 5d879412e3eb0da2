/** One run of an excerpt: plain text, marked when it matched the query. */
export type ExcerptPart = { text: string; match: boolean }

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }

/** Decodes the few HTML entities Pagefind writes into excerpts (named ones above, decimal and hex). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const value =
        code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10)
      return Number.isFinite(value) && value <= 0x10ffff ? String.fromCodePoint(value) : whole
    }
    return ENTITIES[code.toLowerCase()] ?? whole
  })
}

/**
 * Splits a Pagefind excerpt (escaped text with `<mark>` around the matched words) into parts, so results are
 * rendered as text with highlights and never as HTML. Any other tag is dropped; entities are decoded.
 */
export function parseExcerpt(html: string): ExcerptPart[] {
  const parts: ExcerptPart[] = []
  let match = false
  for (const piece of html.split(/(<\/?mark[^>]*>)/i)) {
    if (/^<mark/i.test(piece)) match = true
    else if (/^<\/mark/i.test(piece)) match = false
    else {
      const text = decodeEntities(piece.replace(/<[^>]*>/g, ''))
      if (!text) continue
      const last = parts.at(-1)
      if (last && last.match === match) last.text += text
      else parts.push({ text, match })
    }
  }
  return parts
}
