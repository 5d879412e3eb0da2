import { createHash } from 'node:crypto'
import { basename, dirname } from 'node:path'

/**
 * Groups an article's top-level blocks into static segments: each maximal run of blocks without an
 * interactive component becomes `<StaticSegment id="…">…</StaticSegment>`, and the interactive blocks (quizzes,
 * calculators, the staking-flow island) stay as they are, between segments.
 *
 * Why (issue 13): React hydrates a page from an RSC payload that repeats every element the server rendered, so an
 * article's prose was sent twice, once as HTML and once inside a script, too far apart for gzip to share them.
 * On the article page a segment renders as an empty placeholder that `scripts/static-segments.ts` fills after the
 * build with the HTML of the same segment, rendered by the internal `/static-segments/<slug>` route; the payload
 * then carries only the segment's id, and React keeps the HTML it finds (`components/static/static-segment.client.tsx`).
 *
 * A segment id is `<slug>.<n>-<hash>`: the slug from the file's path (`<slug>.mdx` or `<slug>/index.mdx`), `n`
 * counting segments from 0, and a hash of the segment's content, so HTML from another deploy of an edited article
 * never fills a segment it does not match (the page then loads as a document). Both routes compile the same
 * module, so their ids agree.
 *
 * Plain JavaScript because next.config.mjs loads it by path (Turbopack needs plugins by name or path).
 */

/** Components that need JavaScript (client islands); a block containing one stays outside segments. */
export const INTERACTIVE_COMPONENTS = new Set(['Quiz', 'Question', 'Choice', 'ApyCalculator', 'StakingFlow'])
/**
 * HTML elements whose mdx-components.tsx override needs JavaScript (none today: `a` is the site's Link, which a
 * segment routes itself). lib/mdx/interactive-components.test.ts keeps both lists honest.
 */
export const INTERACTIVE_ELEMENTS = new Set([])

/** @param {string | undefined} path */
export function slugOfPath(path) {
  if (!path) return 'article'
  const name = basename(path).replace(/\.mdx$/, '')
  return name === 'index' ? basename(dirname(path)) : name
}

/** @param {any} node */
function isInteractive(node) {
  if (
    (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
    INTERACTIVE_COMPONENTS.has(node.name)
  )
    return true
  return Array.isArray(node.children) && node.children.some(isInteractive)
}

/** A short hash of a run of nodes, without their positions in the file (which move when text above them does). */
function contentHash(/** @type {any[]} */ nodes) {
  const json = JSON.stringify(nodes, (key, value) => (key === 'position' ? undefined : value))
  return createHash('sha256').update(json).digest('hex').slice(0, 8)
}

/** ESM (imports, exports) stays at the top level; everything else that renders can join a segment. */
const isEsm = (/** @type {any} */ node) => node.type === 'mdxjsEsm'

/**
 * @returns {(tree: import('hast').Root, file: import('vfile').VFile) => void}
 */
export default function rehypeStaticSegments() {
  return (tree, file) => {
    const slug = slugOfPath(file.path)
    nameStakingFlowParts(tree, slug)
    /** @type {any[]} */
    const out = []
    /** @type {any[]} */
    let run = []
    let count = 0
    const flush = () => {
      // A run of whitespace alone is not worth a segment.
      if (run.some((node) => !(node.type === 'text' && node.value.trim() === ''))) {
        out.push({
          type: 'mdxJsxFlowElement',
          name: 'StaticSegment',
          attributes: [
            { type: 'mdxJsxAttribute', name: 'id', value: `${slug}.${count}-${contentHash(run)}` },
          ],
          children: run,
        })
        count += 1
      } else {
        out.push(...run)
      }
      run = []
    }
    for (const node of tree.children) {
      if (isEsm(node) || isInteractive(node)) {
        flush()
        out.push(node)
      } else {
        run.push(node)
      }
    }
    flush()
    markEdges(out)
    tree.children = out
  }
}

/**
 * Names the first step of each `<StakingFlow>` as a static part of the article (`part="<slug>.flow-<n>"`, n from
 * 0 in the order they appear): the island renders that step on the server and keeps it until the reader uses it,
 * so the step needs no JavaScript and is sent once, as HTML (components/walkthrough/staking-flow-section.tsx).
 * Given here, where the slug is known, so that the article and the source route name it alike. Editors never
 * write it (lib/content/component-rules.ts allows `network` only).
 * @param {any} tree
 * @param {string} slug
 */
function nameStakingFlowParts(tree, slug) {
  let count = 0
  /** @param {any} node */
  const visit = (node) => {
    if (
      (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
      node.name === 'StakingFlow'
    ) {
      node.attributes.push({ type: 'mdxJsxAttribute', name: 'part', value: `${slug}.flow-${count}` })
      count += 1
    }
    if (Array.isArray(node.children)) node.children.forEach(visit)
  }
  visit(tree)
}

/** Whether a node shows as an element of the prose (not an import or export, not whitespace between blocks). */
const isBlock = (/** @type {any} */ node) =>
  !isEsm(node) && !(node.type === 'text' && node.value.trim() === '')

/**
 * Marks the segment that opens the prose and the one that closes it (`first-segment`, `last-segment`) so that
 * app/globals.css can trim their outer margins as Typography does for the prose's own first and last child. A rule
 * such as `.static-segment:first-child > :first-child` would say the same, but Chromium then restyles the whole
 * document whenever a node is inserted near the top of it (a script, an island's markup): a structural pseudo-class
 * on an ancestor in a selector makes it invalidate every descendant. Measured on how-staking-works (issue 13): one or
 * two full-document restyles of about 1,600 elements while the page loads, gone with the classes.
 * @param {any[]} nodes
 */
function markEdges(nodes) {
  const blocks = nodes.filter(isBlock)
  const [first, last] = [blocks[0], blocks.at(-1)]
  for (const node of new Set([first, last])) {
    if (node?.type !== 'mdxJsxFlowElement' || node.name !== 'StaticSegment') continue
    const classes = ['static-segment', node === first && 'first-segment', node === last && 'last-segment']
    node.attributes.push({
      type: 'mdxJsxAttribute',
      name: 'className',
      value: classes.filter(Boolean).join(' '),
    })
  }
}
