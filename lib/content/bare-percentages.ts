import type { Root, RootContent } from 'mdast'
import { isJsxElement } from './mdx-ast'
import type { Position } from './problems'

const PERCENT = /\d+(?:[.,]\d+)?\s?(?:%|per ?cent\b)/gi
const RATE_WORD = /\b(APRs?|APYs?|yields?|rates?|returns?|rewards?|interest|inflation|issuance)\b/i
/** Components whose numbers are sourced (Stat) or declared illustrative (Example, quizzes). */
const EXEMPT = new Set(['Stat', 'Example', 'Quiz'])
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell'])

type Segment = { start: number; text: string; at: Position }
export type BarePercentage = { percentage: string; word: string; at: Position }

function collect(node: RootContent, segments: Segment[], offset: { n: number }) {
  if (isJsxElement(node) && node.name && EXEMPT.has(node.name)) {
    offset.n += 1
    segments.push({ start: offset.n - 1, text: '§', at: { line: 0, column: 0 } })
    return
  }
  if (node.type === 'text') {
    const at = { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 }
    segments.push({ start: offset.n, text: node.value, at })
    offset.n += node.value.length
    return
  }
  if (node.type === 'inlineMath' || node.type === 'inlineCode') {
    segments.push({ start: offset.n, text: '§', at: { line: 0, column: 0 } })
    offset.n += 1
    return
  }
  if ('children' in node) for (const child of node.children) collect(child as RootContent, segments, offset)
}

function positionAt(segments: Segment[], index: number): Position {
  const seg = [...segments].reverse().find((s) => s.start <= index) ?? segments[0]!
  const before = seg.text.slice(0, index - seg.start)
  const lines = before.split('\n')
  if (lines.length === 1) return { line: seg.at.line, column: seg.at.column + before.length }
  return { line: seg.at.line + lines.length - 1, column: lines.at(-1)!.length + 1 }
}

/**
 * Finds percentages written in the same sentence as a rate word (APR, yield, rewards…) outside <Stat> and
 * <Example>: figures that look like live statistics but carry no source or date.
 */
export function findBarePercentages(tree: Root): BarePercentage[] {
  const found: BarePercentage[] = []
  const visitBlock = (node: RootContent | Root) => {
    if (
      isJsxElement(node as RootContent) &&
      (node as { name?: string }).name &&
      EXEMPT.has((node as { name: string }).name)
    )
      return
    if (BLOCKS.has(node.type)) {
      const segments: Segment[] = []
      collect(node as RootContent, segments, { n: 0 })
      if (segments.length === 0) return
      const text = segments.map((s) => s.text).join('')
      const sentences = text.split(/(?<=[.!?;:])\s+/)
      let cursor = 0
      for (const sentence of sentences) {
        const start = text.indexOf(sentence, cursor)
        cursor = start + sentence.length
        const word = RATE_WORD.exec(sentence)
        if (!word) continue
        for (const m of sentence.matchAll(PERCENT)) {
          found.push({ percentage: m[0], word: word[0], at: positionAt(segments, start + (m.index ?? 0)) })
        }
      }
      return
    }
    if ('children' in node) for (const child of node.children) visitBlock(child as RootContent)
  }
  visitBlock(tree)
  return found
}
