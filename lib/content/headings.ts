import GithubSlugger from 'github-slugger'
import type { Root } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { visit } from 'unist-util-visit'
import type { Position } from './problems'
import { startOf } from './mdx-ast'

export type Heading = {
  depth: number
  text: string
  /** The anchor id, exactly as rehype-slug gives it to the rendered heading. */
  id: string
  at: Position
}

/**
 * Every heading in document order with the id the page will give it. rehype-slug slugs all headings in order
 * with one GitHub slugger, so duplicates get `-1`, `-2`; doing the same here keeps the TOC and link checks true.
 */
export function extractHeadings(tree: Root): Heading[] {
  const slugger = new GithubSlugger()
  const headings: Heading[] = []
  visit(tree, 'heading', (node) => {
    const text = toString(node).trim()
    headings.push({ depth: node.depth, text, id: slugger.slug(text), at: startOf(node) })
  })
  return headings
}
