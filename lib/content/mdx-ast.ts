import type { Expression } from 'estree'
import type { Root, RootContent } from 'mdast'
import type {
  MdxJsxAttribute,
  MdxJsxExpressionAttribute,
  MdxJsxFlowElement,
  MdxJsxTextElement,
} from 'mdast-util-mdx-jsx'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkMath from 'remark-math'
import remarkMdx from 'remark-mdx'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import type { Position } from './problems'

export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement

/** The same syntax the site's MDX compiler accepts (see next.config.mjs). */
const parser = unified()
  .use(remarkParse)
  .use(remarkMdx)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkGfm)
  .use(remarkMath)

export type ParseResult =
  { tree: Root; error?: undefined } | { tree?: undefined; error: { at: Position; message: string } }

/** Parses an MDX source into an mdast tree, or reports the first syntax error with its position. */
export function parseMdx(source: string): ParseResult {
  try {
    return { tree: parser.parse(source) }
  } catch (cause) {
    const err = cause as { line?: number; column?: number; reason?: string; message?: string }
    return {
      error: {
        at: { line: err.line ?? 1, column: err.column ?? 1 },
        message: (err.reason ?? err.message ?? 'could not be parsed').split('\n')[0]!,
      },
    }
  }
}

export function startOf(
  node: { position?: { start: { line: number; column: number } } } | undefined,
): Position {
  return { line: node?.position?.start.line ?? 1, column: node?.position?.start.column ?? 1 }
}

export function isJsxElement(node: RootContent | Root): node is JsxElement {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement'
}

/** A literal value written in an MDX attribute, or an explanation of why it isn't one. */
export type AttributeValue = { ok: true; value: unknown } | { ok: false; reason: string }

function evaluate(node: Expression): AttributeValue {
  switch (node.type) {
    case 'Literal':
      if ('regex' in node || 'bigint' in node)
        return { ok: false, reason: 'must be a plain number, text or true/false' }
      return { ok: true, value: node.value }
    case 'UnaryExpression': {
      if (node.operator !== '-' && node.operator !== '+') break
      const inner = evaluate(node.argument)
      if (inner.ok && typeof inner.value === 'number')
        return { ok: true, value: node.operator === '-' ? -inner.value : inner.value }
      break
    }
    case 'TemplateLiteral':
      if (node.expressions.length === 0)
        return { ok: true, value: node.quasis.map((q) => q.value.cooked ?? '').join('') }
      break
    case 'ArrayExpression': {
      const items: unknown[] = []
      for (const el of node.elements) {
        if (!el || el.type === 'SpreadElement') return { ok: false, reason: 'must be a plain list of values' }
        const v = evaluate(el)
        if (!v.ok) return v
        items.push(v.value)
      }
      return { ok: true, value: items }
    }
    case 'ObjectExpression': {
      const obj: Record<string, unknown> = {}
      for (const prop of node.properties) {
        if (prop.type !== 'Property' || prop.computed || prop.kind !== 'init')
          return { ok: false, reason: 'must be a plain object' }
        const key =
          prop.key.type === 'Identifier'
            ? prop.key.name
            : prop.key.type === 'Literal'
              ? String(prop.key.value)
              : undefined
        if (key === undefined) return { ok: false, reason: 'must be a plain object' }
        const v = evaluate(prop.value as Expression)
        if (!v.ok) return v
        obj[key] = v.value
      }
      return { ok: true, value: obj }
    }
    default:
      break
  }
  return { ok: false, reason: 'must be a plain value (a number, text, true/false or a list), not code' }
}

/** Reads an attribute as written: `a="x"` → "x", `a` → true, `a={0.04}` → 0.04, `a={['x']}` → ['x']. */
export function attributeValue(attr: MdxJsxAttribute): AttributeValue {
  if (attr.value === null || attr.value === undefined) return { ok: true, value: true }
  if (typeof attr.value === 'string') return { ok: true, value: attr.value }
  const program = attr.value.data?.estree
  const statement = program?.body[0]
  if (!program || program.body.length !== 1 || statement?.type !== 'ExpressionStatement') {
    return { ok: false, reason: 'must be a single plain value' }
  }
  return evaluate(statement.expression)
}

export function isSpreadAttribute(
  attr: MdxJsxAttribute | MdxJsxExpressionAttribute,
): attr is MdxJsxExpressionAttribute {
  return attr.type === 'mdxJsxExpressionAttribute'
}
