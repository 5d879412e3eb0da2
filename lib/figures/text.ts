/**
 * Text measurement without a browser: an estimate of rendered width from average glyph widths of the
 * site's sans-serif (Inter and system fallbacks), generous enough that a wrapped line never overflows its box.
 */
const NARROW = /[il.,:;'|!()[\]{}\s]/
const WIDE = /[mwMW@%]/
const UPPER = /[A-Z0-9→×]/

/** Estimated width in px of `text` at `fontSize` px (bold adds about 6 %). */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0
  for (const ch of text) {
    if (NARROW.test(ch)) em += 0.3
    else if (WIDE.test(ch)) em += 0.85
    else if (UPPER.test(ch)) em += 0.66
    else em += 0.55
  }
  return em * fontSize * (bold ? 1.06 : 1)
}

/**
 * Greedy word wrap to lines no wider than `maxWidth` (a single word longer than the line stays whole on its
 * own line rather than being broken mid-word).
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const words = text.split(/\s+/).filter(Boolean)
  const lines: string[] = []
  let line = ''
  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`
    if (line !== '' && textWidth(candidate, fontSize, bold) > maxWidth) {
      lines.push(line)
      line = word
    } else line = candidate
  }
  if (line !== '') lines.push(line)
  return lines
}
