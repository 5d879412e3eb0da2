import type { Root, RootContent } from 'mdast'
import { isJsxElement } from './mdx-ast'
import type { Position } from './problems'

/** A glossary entry as the term-link rule sees it: its id and every way an article may write it. */
export type GlossaryTermForms = { id: string; forms: readonly string[] }

/** The first use of a glossary term in an article that never links that term with `<Term>`. */
export type UnlinkedTerm = {
  id: string
  /** The words as written in the article, e.g. `validators`. */
  text: string
  /** 1-based position of the first character in the MDX source. */
  at: Position
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
function formPattern(form: string): RegExp {
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

type TextNode = { value: string; line: number; column: number }
type Match = { id: string; start: number; end: number; node: TextNode }

function collectProse(tree: Root): { texts: TextNode[]; linked: Set<string> } {
  const texts: TextNode[] = []
  const linked = new Set<string>()
  const walk = (node: RootContent | Root) => {
    if (SKIPPED_NODES.has(node.type)) return
    if (isJsxElement(node as RootContent)) {
      const element = node as Extract<RootContent, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>
      if (element.name === 'Term') {
        const id = element.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')
        if (id && typeof id.value === 'string') linked.add(id.value)
      }
      if (element.name && SKIPPED_COMPONENTS.has(element.name)) return
    }
    if (node.type === 'text' && node.position) {
      texts.push({ value: node.value, line: node.position.start.line, column: node.position.start.column })
      return
    }
    if ('children' in node) for (const child of node.children) walk(child as RootContent)
  }
  walk(tree)
  return { texts, linked }
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
 * and each place counts for one term only.
 */
export function findUnlinkedTerms(
  tree: Root,
  source: string,
  terms: readonly GlossaryTermForms[],
): UnlinkedTerm[] {
  const { texts, linked } = collectProse(tree)
  if (terms.every((t) => linked.has(t.id))) return []
  // Linked terms still take part, so that a longer linked form is not read as a shorter unlinked one.
  const patterns = terms.flatMap((t) => t.forms.map((form) => ({ id: t.id, pattern: formPattern(form) })))
  const sourceLines = source.split('\n')
  const firstUse = new Map<string, UnlinkedTerm>()
  for (const node of texts) {
    const matches: Match[] = []
    for (const { id, pattern } of patterns) {
      for (const m of node.value.matchAll(pattern)) {
        matches.push({ id, start: m.index, end: m.index + m[0].length, node })
      }
    }
    matches.sort((a, b) => a.start - b.start || b.end - a.end)
    let taken = 0
    for (const m of matches) {
      if (m.start < taken) continue
      taken = m.end
      if (linked.has(m.id) || firstUse.has(m.id)) continue
      const text = node.value.slice(m.start, m.end)
      firstUse.set(m.id, { id: m.id, text, at: positionIn(node, m.start, text, sourceLines) })
    }
  }
  return [...firstUse.values()].sort((a, b) => a.at.line - b.at.line || a.at.column - b.at.column)
}

/** The editor's message for one unlinked term. */
export function unlinkedTermMessage(found: UnlinkedTerm): string {
  return `"${found.text}" is in the glossary; link its first use in this article: <Term id="${found.id}">${found.text}</Term>`
}
