import type { Root, RootContent } from 'mdast'
import { isJsxElement } from './mdx-ast'
import type { Position } from './problems'
import { readSenseMark, unusedSenseMarkMessage, type SenseMark, type SenseMarkProblem } from './term-senses'

/**
 * A glossary entry as the term-link rule sees it: its id, every way an article may write it, and phrases
 * that contain one of those forms but mean something else ("Securities and Exchange Commission").
 */
export type GlossaryTermForms = { id: string; forms: readonly string[]; otherSenses?: readonly string[] }

/** The first use of a glossary term in an article that never links that term with `<Term>`. */
export type UnlinkedTerm = {
  id: string
  /** The words as written in the article, e.g. `validators`. */
  text: string
  /** 1-based position of the first character in the MDX source. */
  at: Position
}

/** Everything the term rule finds in one article. */
export type TermLinkFindings = {
  /** The first use, not marked as another sense, of each term the article never links. */
  unlinked: UnlinkedTerm[]
  /** `not-a-term` comments that are malformed, name an unknown id, or mark nothing. */
  senseMarkProblems: SenseMarkProblem[]
}

/** Prose the rule does not read: headings, code, maths, links and images, and the quiz at the end. */
const SKIPPED_NODES = new Set([
  'heading',
  'code',
  'inlineCode',
  'math',
  'inlineMath',
  'link',
  'linkReference',
  'image',
  'imageReference',
  'definition',
  'yaml',
  'html',
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
])
const SKIPPED_COMPONENTS = new Set(['Term', 'Quiz'])

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * A whole-word, case-insensitive pattern for one form: spaces and hyphens between its words are
 * interchangeable ("proof of stake" matches "proof-of-stake"), and a plural `s`/`es` is allowed.
 * Letters, digits and hyphens on either side make it part of a longer word, so it does not match.
 */
export function formPattern(form: string): RegExp {
  const words = form
    .trim()
    .split(/[\s-]+/)
    .map(escape)
  return new RegExp(`(?<![\\p{L}\\p{N}-])${words.join('[\\s\\u00a0-]+')}(?:e?s)?(?![\\p{L}\\p{N}-])`, 'giu')
}

/** The term text without a trailing "(…)", the text inside it, and every alias: each way to write the term. */
export function termForms(entry: { term: string; aliases?: readonly string[] }): string[] {
  const forms = new Set<string>()
  const match = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(entry.term)
  if (match) {
    forms.add(match[1]!)
    forms.add(match[2]!)
  } else forms.add(entry.term)
  for (const alias of entry.aliases ?? []) forms.add(alias)
  return [...forms].filter((f) => f.trim().length > 0)
}

/** A run of prose, with the paragraph (or table cell, or heading) it belongs to. */
type TextNode = { value: string; line: number; column: number; block: number }
type Match = { id: string; start: number; end: number; node: TextNode; otherSense: boolean }
type ProseItem = { text: TextNode } | { mark: SenseMark & { block: number } }

/** Nodes that start a new paragraph for `not-a-term` comments. */
const BLOCKS = new Set(['paragraph', 'tableCell', 'heading'])

function collectProse(tree: Root, knownIds: ReadonlySet<string>) {
  const items: ProseItem[] = []
  const linked = new Set<string>()
  const markProblems: SenseMarkProblem[] = []
  let block = 0
  const walk = (node: RootContent | Root) => {
    if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && node.position) {
      const at = { line: node.position.start.line, column: node.position.start.column }
      const read = readSenseMark(node.value, at, knownIds)
      if (read && 'problem' in read) markProblems.push(read.problem)
      // On its own line the comment covers the next paragraph; inside one, the rest of that paragraph.
      const target = node.type === 'mdxFlowExpression' ? block + 1 : block
      if (read && 'marks' in read)
        for (const mark of read.marks) items.push({ mark: { ...mark, block: target } })
      return
    }
    if (SKIPPED_NODES.has(node.type)) return
    if (BLOCKS.has(node.type)) block++
    if (isJsxElement(node as RootContent)) {
      const element = node as Extract<RootContent, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>
      if (element.name === 'Term') {
        const id = element.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')
        if (id && typeof id.value === 'string') linked.add(id.value)
      }
      if (element.name && SKIPPED_COMPONENTS.has(element.name)) return
    }
    if (node.type === 'text' && node.position) {
      const { line, column } = node.position.start
      items.push({ text: { value: node.value, line, column, block } })
      return
    }
    if ('children' in node) for (const child of node.children) walk(child as RootContent)
  }
  walk(tree)
  return { items, linked, markProblems }
}

/** Where `index` of a text node's value sits in the source (text on later lines loses its indentation). */
function positionIn(node: TextNode, index: number, text: string, sourceLines: readonly string[]): Position {
  const before = node.value.slice(0, index).split('\n')
  const lineOffset = before.length - 1
  if (lineOffset === 0) return { line: node.line, column: node.column + index }
  const line = node.line + lineOffset
  const sourceLine = sourceLines[line - 1] ?? ''
  const valueLine = node.value.split('\n')[lineOffset] ?? ''
  const lineStart = valueLine ? sourceLine.indexOf(valueLine) : -1
  if (lineStart >= 0) return { line, column: lineStart + before.at(-1)!.length + 1 }
  const found = sourceLine.toLowerCase().indexOf(text.toLowerCase())
  return { line, column: (found >= 0 ? found : 0) + 1 }
}

/**
 * Finds, for each glossary term an article uses in its prose but never links with `<Term id>`, the first
 * place it is used. Longer forms win where forms overlap ("liquid staking token" is not also "staking"),
 * each place counts for one term only, a term's `otherSenses` are never a use of it, and a use that a
 * `{/* not-a-term: id *\/}` comment marks is skipped (the next use in the glossary's sense is reported).
 */
export function scanTermLinks(
  tree: Root,
  source: string,
  terms: readonly GlossaryTermForms[],
): TermLinkFindings {
  const { items, linked, markProblems } = collectProse(tree, new Set(terms.map((t) => t.id)))
  // Linked terms still take part, so that a longer linked form is not read as a shorter unlinked one.
  const patterns = terms.flatMap((t) => [
    ...t.forms.map((form) => ({ id: t.id, pattern: formPattern(form), otherSense: false })),
    ...(t.otherSenses ?? []).map((phrase) => ({ id: t.id, pattern: formPattern(phrase), otherSense: true })),
  ])
  const sourceLines = source.split('\n')
  const firstUse = new Map<string, UnlinkedTerm>()
  let pendingMarks: (SenseMark & { block: number })[] = []
  const senseMarkProblems = [...markProblems]
  const expireMarks = (block: number) => {
    for (const mark of pendingMarks.filter((m) => m.block < block))
      senseMarkProblems.push({ at: mark.at, message: unusedSenseMarkMessage(mark) })
    pendingMarks = pendingMarks.filter((m) => m.block >= block)
  }
  for (const item of items) {
    if ('mark' in item) {
      pendingMarks.push(item.mark)
      continue
    }
    const node = item.text
    expireMarks(node.block)
    const matches: Match[] = []
    for (const { id, pattern, otherSense } of patterns) {
      for (const m of node.value.matchAll(pattern)) {
        matches.push({ id, start: m.index, end: m.index + m[0].length, node, otherSense })
      }
    }
    matches.sort((a, b) => a.start - b.start || b.end - a.end)
    let taken = 0
    for (const m of matches) {
      if (m.start < taken) continue
      taken = m.end
      if (m.otherSense) continue
      const mark = pendingMarks.findIndex((p) => p.id === m.id && p.block === node.block)
      if (mark >= 0) {
        pendingMarks.splice(mark, 1)
        continue
      }
      if (linked.has(m.id) || firstUse.has(m.id)) continue
      const text = node.value.slice(m.start, m.end)
      firstUse.set(m.id, { id: m.id, text, at: positionIn(node, m.start, text, sourceLines) })
    }
  }
  expireMarks(Number.POSITIVE_INFINITY)
  const byPosition = (a: { at: Position }, b: { at: Position }) =>
    a.at.line - b.at.line || a.at.column - b.at.column
  return {
    unlinked: [...firstUse.values()].sort(byPosition),
    senseMarkProblems: senseMarkProblems.sort(byPosition),
  }
}

/** The first unlinked use of each term (see `scanTermLinks`); what `npm run link:terms` wraps. */
export function findUnlinkedTerms(
  tree: Root,
  source: string,
  terms: readonly GlossaryTermForms[],
): UnlinkedTerm[] {
  return scanTermLinks(tree, source, terms).unlinked
}

/** The editor's message for one unlinked term. */
export function unlinkedTermMessage(found: UnlinkedTerm): string {
  return `"${found.text}" is in the glossary; link one use in this article where it means the glossary's term: <Term id="${found.id}">${found.text}</Term>. If this use means something else, put {/* not-a-term: ${found.id} */} right before it`
}
