import katex from 'katex'
import type { Root, RootContent } from 'mdast'
import type { MdxJsxAttribute } from 'mdast-util-mdx-jsx'
import { ALLOWED_HTML, COMPONENT_RULES, type ComponentRule } from './component-rules'
import { attributeValue, isJsxElement, isSpreadAttribute, startOf, type JsxElement } from './mdx-ast'
import { findBarePercentages } from './bare-percentages'
import { problem, type ContentProblem, type Position } from './problems'
import { tryDecodeURI, tryDecodeURIComponent } from './uri'

export type BodyCheckContext = {
  file: string
  /** The article's own route, e.g. `/learn/what-is-defi`, for `#anchor` links. */
  path: string
  /** Every route links may point to. */
  routes: ReadonlySet<string>
  /** Anchor ids per route (`/learn/<slug>` → heading ids, `/glossary` → glossary ids). */
  anchors: ReadonlyMap<string, ReadonlySet<string>>
  glossaryIds: ReadonlySet<string>
  /** Today, YYYY-MM-DD. */
  today: string
  /** Whether a local image (`./x.svg`) exists beside the article; undefined for single-file articles. */
  imageExists: ((relative: string) => boolean) | undefined
}

const REFERRAL_PARAM =
  /^(ref|ref_?id|refcode|referr?al.*|referrer|aff.*|invite.*|promo.*|coupon.*|partner.*|utm_.*|via|clickid|gclid|fbclid)$/i
const MALFORMED = 'has a malformed percent-escape (% must be followed by two hex digits, e.g. %20)'
const REFERRAL_PATH = /\/(ref|referral|invite|aff|affiliate|promo)\//i

function isCommentOnly(expression: string): boolean {
  return /^\s*\/\*[\s\S]*\*\/\s*$/.test(expression) || expression.trim() === ''
}

/** Checks one article body: components, links and anchors, images, headings, maths and sourced figures. */
export function checkBody(tree: Root, ctx: BodyCheckContext): ContentProblem[] {
  const problems: ContentProblem[] = []
  const report = (at: Position, field: string, message: string) =>
    problems.push(problem(ctx.file, at, field, message))
  const warn = (at: Position, field: string, message: string) =>
    problems.push(problem(ctx.file, at, field, message, 'warning'))
  let previousDepth = 1

  const checkLink = (url: string, at: Position) => {
    if (url.startsWith('mailto:')) return
    if (url.startsWith('http://')) return report(at, 'link', `"${url}" must use https://`)
    if (url.startsWith('https://')) {
      let parsed: URL
      try {
        parsed = new URL(url)
      } catch {
        return report(at, 'link', `"${url}" is not a valid link`)
      }
      const bad = [...parsed.searchParams.keys()].find((k) => REFERRAL_PARAM.test(k))
      if (bad)
        return report(
          at,
          'link',
          `"${url}" carries a referral or tracking parameter "${bad}"; remove it (we never use affiliate or tracking links)`,
        )
      if (REFERRAL_PATH.test(parsed.pathname))
        return report(
          at,
          'link',
          `"${url}" looks like a referral or invite link; link to the plain page instead`,
        )
      return
    }
    if (url.startsWith('#')) {
      const id = tryDecodeURIComponent(url.slice(1))
      if (id === undefined) return report(at, 'link', `"${url}" ${MALFORMED}`)
      if (!ctx.anchors.get(ctx.path)?.has(id))
        report(at, 'link', `"${url}" does not match any heading in this article`)
      return
    }
    if (!url.startsWith('/'))
      return report(at, 'link', `"${url}" must start with / (a page of this site) or https://`)
    const match = /^([^?#]*)(\?[^#]*)?(#.*)?$/.exec(url)
    const rawPath = match?.[1] ?? url
    const path = rawPath.length > 1 ? rawPath.replace(/\/$/, '') : rawPath
    if (!ctx.routes.has(path)) return report(at, 'link', `"${url}" is not a page of this site`)
    const hash = match?.[3]
    if (hash) {
      const id = tryDecodeURIComponent(hash.slice(1))
      if (id === undefined) return report(at, 'link', `"${url}" ${MALFORMED}`)
      const ids = ctx.anchors.get(path)
      if (!ids?.has(id)) report(at, 'link', `"${url}" points to #${id}, which does not exist on ${path}`)
    }
  }

  const checkComponent = (node: JsxElement, parents: string[]) => {
    const at = startOf(node)
    if (node.name === null) return report(at, 'component', 'fragments (<>…</>) are not allowed')
    const rule = (COMPONENT_RULES as Record<string, ComponentRule>)[node.name]
    if (!rule) {
      if (ALLOWED_HTML.has(node.name)) return
      return report(
        at,
        'component',
        `<${node.name}> is not an article component; use one of: ${Object.keys(COMPONENT_RULES).join(', ')}`,
      )
    }
    if (node.name === 'Choice' && parents.at(-1) !== 'Question')
      report(at, 'Choice', 'must be inside a <Question>')
    if (node.name === 'Question' && parents.at(-1) !== 'Quiz')
      report(at, 'Question', 'must be inside a <Quiz>')
    const props: Record<string, unknown> = {}
    const attrAt = new Map<string, Position>()
    for (const attr of node.attributes) {
      if (isSpreadAttribute(attr)) {
        report(startOf(attr), node.name, 'spread attributes ({...x}) are not allowed')
        continue
      }
      attrAt.set(attr.name, startOf(attr))
      const value = attributeValue(attr as MdxJsxAttribute)
      if (!value.ok) report(startOf(attr), `${node.name}.${attr.name}`, value.reason)
      else props[attr.name] = value.value
    }
    const parsed = rule.props.safeParse(props)
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        if (issue.code === 'unrecognized_keys') {
          for (const key of issue.keys) {
            const allowed = Object.keys(rule.props.shape)
            report(
              attrAt.get(key) ?? at,
              `${node.name}.${key}`,
              `is not an attribute of <${node.name}>${allowed.length ? ` (allowed: ${allowed.join(', ')})` : ''}`,
            )
          }
          continue
        }
        const name = String(issue.path[0] ?? '')
        report(attrAt.get(name) ?? at, name ? `${node.name}.${name}` : node.name, issue.message)
      }
    }
    const hasChildren = node.children.some((c) => !(c.type === 'text' && c.value.trim() === ''))
    if (rule.children === 'none' && hasChildren)
      report(at, node.name, `<${node.name}> takes no content; write it as <${node.name} … />`)
    if (rule.children === 'required' && !hasChildren)
      report(at, node.name, `<${node.name}> needs content between its opening and closing tags`)
    rule.check?.(node, parsed.success ? parsed.data : props, {
      glossaryIds: ctx.glossaryIds,
      today: ctx.today,
      report,
      warn,
    })
  }

  const walk = (node: RootContent | Root, parents: string[]) => {
    switch (node.type) {
      case 'mdxjsEsm':
        report(
          startOf(node),
          'mdx',
          'articles never import or export; use the components listed in CONTRIBUTING.md',
        )
        return
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isCommentOnly(node.value))
          report(
            startOf(node),
            'mdx',
            'JavaScript expressions are not allowed; write text, or use a component',
          )
        return
      case 'heading':
        if (node.depth === 1)
          report(startOf(node), 'heading', 'the title is the only # heading; start sections with ##')
        else if (node.depth > previousDepth + 1) {
          report(
            startOf(node),
            'heading',
            `jumps from level ${previousDepth} to ${node.depth}; use ${'#'.repeat(previousDepth + 1)}`,
          )
        }
        previousDepth = node.depth
        break
      case 'link':
      case 'definition':
        checkLink(node.url, startOf(node))
        break
      case 'image':
        if (!node.alt?.trim())
          report(
            startOf(node),
            'image',
            'needs alt text that describes the picture: ![what it shows](./file.svg)',
          )
        if (/^(https?:)?\/\//.test(node.url))
          report(
            startOf(node),
            'image',
            `"${node.url}" is remote; put the file beside the article and link it as ./file`,
          )
        else if (tryDecodeURI(node.url) === undefined)
          report(startOf(node), 'image', `"${node.url}" ${MALFORMED}`)
        else if (!ctx.imageExists)
          report(
            startOf(node),
            'image',
            'images need the folder layout: content/<slug>/index.mdx with the file beside it',
          )
        else if (!ctx.imageExists(node.url))
          report(startOf(node), 'image', `"${node.url}" does not exist beside the article`)
        break
      case 'math':
      case 'inlineMath':
        try {
          katex.renderToString(node.value, {
            displayMode: node.type === 'math',
            output: 'mathml',
            throwOnError: true,
            strict: 'error',
          })
        } catch (error) {
          report(startOf(node), 'math', (error as Error).message.split('\n')[0]!)
        }
        return
      default:
        if (isJsxElement(node)) checkComponent(node, parents)
    }
    if ('children' in node) {
      const next = isJsxElement(node) && node.name ? [...parents, node.name] : parents
      for (const child of node.children) walk(child as RootContent, next)
    }
  }

  walk(tree, [])
  for (const bare of findBarePercentages(tree)) {
    report(
      bare.at,
      'stat',
      `"${bare.percentage}" next to "${bare.word}" needs a source and date: write it with <Stat …/>, or inside <Example> if it is illustrative`,
    )
  }
  return problems
}
