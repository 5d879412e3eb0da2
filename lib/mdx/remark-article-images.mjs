import { relative } from 'node:path'
import { visit } from 'unist-util-visit'

/**
 * Turns Markdown images that sit beside an article (`![alt](./diagram.svg)`) into
 * `<ArticleImage src={import} alt="…" />`, so the bundler copies the file, fingerprints it and gives its
 * width and height (no layout shift). Remote and absolute URLs are left alone; the content check rejects them.
 * Plain JavaScript because next.config.mjs loads it by path (Turbopack needs plugins by name or path).
 *
 * A malformed percent-escape in the path (`./a%zz.svg`) fails the file with its position instead of throwing a
 * bare `URIError` (the content check reports the same problem first).
 *
 * @returns {(tree: import('mdast').Root, file: import('vfile').VFile) => void}
 */
export default function remarkArticleImages() {
  return (tree, file) => {
    /** @type {Map<string, string>} */
    const imported = new Map()
    /** @type {import('estree').ImportDeclaration[]} */
    const imports = []
    visit(tree, 'image', (node, index, parent) => {
      if (!parent || index === undefined || /^(?:[a-z]+:)?\/\//i.test(node.url) || node.url.startsWith('/'))
        return
      const url = node.url.startsWith('.') ? node.url : `./${node.url}`
      let source
      try {
        source = decodeURI(url)
      } catch {
        const at = node.position?.start ?? { line: 1, column: 1 }
        const where = `${relative(process.cwd(), file.path || 'article.mdx')}:${at.line}:${at.column}`
        file.fail(
          `${where} image: "${node.url}" has a malformed percent-escape (% must be followed by two hex digits, e.g. %20)`,
          { place: node.position, ruleId: 'image', source: 'remark-article-images' },
        )
      }
      let name = imported.get(url)
      if (!name) {
        name = `__articleImage${imported.size}`
        imported.set(url, name)
        imports.push({
          type: 'ImportDeclaration',
          source: { type: 'Literal', value: source },
          specifiers: [{ type: 'ImportDefaultSpecifier', local: { type: 'Identifier', name } }],
          attributes: [],
        })
      }
      /** @type {import('mdast-util-mdx-jsx').MdxJsxAttribute[]} */
      const attributes = [
        { type: 'mdxJsxAttribute', name: 'alt', value: node.alt ?? '' },
        {
          type: 'mdxJsxAttribute',
          name: 'src',
          value: {
            type: 'mdxJsxAttributeValueExpression',
            value: name,
            data: {
              estree: {
                type: 'Program',
                sourceType: 'module',
                body: [{ type: 'ExpressionStatement', expression: { type: 'Identifier', name } }],
              },
            },
          },
        },
      ]
      if (node.title) attributes.push({ type: 'mdxJsxAttribute', name: 'title', value: node.title })
      parent.children.splice(index, 1, {
        type: 'mdxJsxTextElement',
        name: 'ArticleImage',
        attributes,
        children: [],
      })
    })
    if (imports.length > 0) {
      tree.children.unshift({
        type: 'mdxjsEsm',
        value: '',
        data: { estree: { type: 'Program', sourceType: 'module', body: imports } },
      })
    }
  }
}
