import { visit, SKIP } from 'unist-util-visit'

/**
 * Maths is MathML, drawn by the browser (issue 13): rehype-katex runs with `output: 'mathml'`, so a page carries
 * no KaTeX stylesheet (24 KB raw, render-blocking) and fetches none of its 20 web fonts; readers get the
 * browser's own math font, zoom and selection, and screen readers read the MathML they already understand.
 *
 * This plugin tidies what rehype-katex leaves:
 * - inline maths: KaTeX's `<span class="katex">` wrapper goes, the `<math>` stays;
 * - display maths: the wrapper becomes `<div class="math-display" tabindex="0">`. It scrolls sideways on narrow
 *   screens (app/globals.css), and a scrollable region must be reachable by keyboard (WCAG 2.1.1).
 *
 * Runs after rehype-katex. Plain JavaScript because next.config.mjs loads it by path.
 *
 * @returns {(tree: import('hast').Root) => void}
 */
export default function rehypeNativeMath() {
  return (tree) => {
    visit(tree, 'element', (node, index, parent) => {
      const classes = node.properties?.className
      if (!parent || index === undefined || !Array.isArray(classes) || !classes.includes('katex')) return
      const math = node.children.find((child) => child.type === 'element' && child.tagName === 'math')
      if (!math || math.type !== 'element') return
      if (math.properties?.display === 'block') {
        parent.children[index] = {
          type: 'element',
          tagName: 'div',
          properties: { className: ['math-display'], tabIndex: 0 },
          children: [math],
        }
      } else parent.children[index] = math
      return SKIP
    })
  }
}
