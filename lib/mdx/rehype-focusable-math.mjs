import { visit } from 'unist-util-visit'

/**
 * Display maths scrolls sideways on narrow screens (see .katex-display in app/globals.css). Scrollable
 * regions must be reachable by keyboard (WCAG 2.1.1), so each display formula gets tabindex="0".
 * Runs after rehype-katex. Plain JavaScript because next.config.mjs loads it by path.
 *
 * @returns {(tree: import('hast').Root) => void}
 */
export default function rehypeFocusableMath() {
  return (tree) => {
    visit(tree, 'element', (node) => {
      const classes = node.properties?.className
      if (Array.isArray(classes) && classes.includes('katex-display')) node.properties.tabIndex = 0
    })
  }
}
