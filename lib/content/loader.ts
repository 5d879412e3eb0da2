import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, normalize, relative } from 'node:path'
import type { Root, RootContent } from 'mdast'
import { visit } from 'unist-util-visit'
import { toString } from 'mdast-util-to-string'
import readingTime from 'reading-time'
import { checkBody } from './check-body'
import { MAX_WORDS, MIN_WORDS, REVIEW_MAX_AGE_DAYS, WORDS_PER_MINUTE } from './config'
import { daysBetween } from './dates'
import { parseFrontmatter } from './frontmatter'
import { extractHeadings, type Heading } from './headings'
import { isJsxElement, parseMdx, startOf as startOfNode, type JsxElement } from './mdx-ast'
import { problem, type ContentProblem, type Position } from './problems'
import { articlePath, STATIC_ROUTES } from './routes'
import type { Frontmatter } from './schema'
import { tryDecodeURI } from './uri'
import { LEARN_FILTER_SEGMENTS } from './learn-filters'
import { SECTIONS } from './sections'
import { scanTermLinks, unlinkedTermMessage, type GlossaryTermForms } from './term-links'

export type Article = {
  slug: string
  /** `/learn/<slug>` */
  path: string
  /** Path from the project root, e.g. `content/what-is-defi.mdx`. */
  file: string
  /** Path inside `content/` for the MDX import: `<slug>.mdx` or `<slug>/index.mdx`. */
  importPath: string
  frontmatter: Frontmatter
  /** Every heading with its anchor id; the table of contents uses levels 2 and 3. */
  headings: Heading[]
  words: number
  readingMinutes: number
  /** Glossary ids the article explains with <Term>, in order of first use. */
  terms: string[]
}

export type ContentReport = {
  articles: Article[]
  problems: ContentProblem[]
  /** How many article files were read (including drafts and broken ones). */
  checked: number
}

export type ReadContentOptions = {
  /** Project root; articles are read from `<root>/content`. */
  root: string
  /** Today as YYYY-MM-DD (passed in so checks are reproducible). */
  today: string
  /** Glossary ids `<Term id>` may use, and `/glossary#id` anchors. */
  glossaryIds: ReadonlySet<string>
  /** Drafts are checked either way; they are listed (and linkable) only when this is true. */
  includeDrafts: boolean
  /**
   * Every glossary term with the ways to write it; when given, each term an article uses must be linked
   * with `<Term>` at least once in that article (the `term` rule).
   */
  glossaryTerms?: readonly GlossaryTermForms[]
  /** Extra routes that exist beside articles (defaults to STATIC_ROUTES). */
  routes?: readonly string[]
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/
const FILE_START: Position = { line: 1, column: 1 }

type Entry = { slug: string; file: string; importPath: string; dir: string | undefined }

function listEntries(contentDir: string, root: string): Entry[] {
  if (!existsSync(contentDir)) return []
  const entries: Entry[] = []
  for (const name of readdirSync(contentDir).sort()) {
    if (name.startsWith('_') || name.startsWith('.')) continue
    const full = join(contentDir, name)
    if (name.endsWith('.mdx') && statSync(full).isFile()) {
      entries.push({ slug: name.slice(0, -4), file: relative(root, full), importPath: name, dir: undefined })
    } else if (statSync(full).isDirectory() && existsSync(join(full, 'index.mdx'))) {
      entries.push({
        slug: name,
        file: relative(root, join(full, 'index.mdx')),
        importPath: `${name}/index.mdx`,
        dir: full,
      })
    }
  }
  return entries
}

/** Published articles end with a self-check quiz and stay within the length the learning path expects. */
function checkArticleShape(file: string, tree: Root): ContentProblem[] {
  const found: ContentProblem[] = []
  const blocks = tree.children.filter((c) => c.type !== 'yaml' && c.type !== 'mdxFlowExpression')
  const quizzes = blocks.filter((c) => isJsxElement(c) && c.name === 'Quiz')
  const last = blocks.at(-1)
  if (quizzes.length === 0) {
    const end = { line: tree.position?.end.line ?? 1, column: 1 }
    found.push(
      problem(
        file,
        end,
        'quiz',
        'every article ends with a <Quiz> of 3 to 5 questions (see CONTRIBUTING.md)',
      ),
    )
  } else if (quizzes.length > 1) {
    found.push(problem(file, startOfNode(quizzes[1]), 'quiz', 'an article has one <Quiz>, at the end'))
  } else if (last !== quizzes[0]) {
    found.push(
      problem(file, startOfNode(quizzes[0]), 'quiz', 'the <Quiz> must be the last thing in the article'),
    )
  }
  const body: Root = { type: 'root', children: blocks.filter((c) => !(isJsxElement(c) && c.name === 'Quiz')) }
  const words = readingTime(toString(body)).words
  if (words < MIN_WORDS || words > MAX_WORDS) {
    found.push(
      problem(
        file,
        FILE_START,
        'words',
        `the article has ${words} words; aim for ${MIN_WORDS} to ${MAX_WORDS}`,
        'warning',
      ),
    )
  }
  return found
}

function termIds(tree: Root): string[] {
  const ids = new Set<string>()
  visit(tree, (node) => {
    if (!isJsxElement(node as RootContent) || (node as JsxElement).name !== 'Term') return
    const attr = (node as JsxElement).attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')
    if (attr && typeof attr.value === 'string') ids.add(attr.value)
  })
  return [...ids]
}

type Parsed = {
  entry: Entry
  source: string
  tree: Root | undefined
  frontmatter: Frontmatter | undefined
  positionOf: (p: (string | number)[]) => Position
}

/**
 * Reads, validates and cross-checks every article in `content/`. Never throws for content problems: it
 * returns them all, so editors see every mistake at once.
 */
export function readContent(options: ReadContentOptions): ContentReport {
  const { root, today, glossaryIds, includeDrafts } = options
  const problems: ContentProblem[] = []
  const entries = listEntries(join(root, 'content'), root)

  const bySlug = new Map<string, Entry>()
  for (const entry of entries) {
    if (!SLUG.test(entry.slug)) {
      problems.push(
        problem(
          entry.file,
          FILE_START,
          'slug',
          `"${entry.slug}" must be lower-case words joined by hyphens; rename the file`,
        ),
      )
    }
    if ((LEARN_FILTER_SEGMENTS as readonly string[]).includes(entry.slug)) {
      problems.push(
        problem(
          entry.file,
          FILE_START,
          'slug',
          `"${entry.slug}" names the /learn/${entry.slug}/… filter pages, so /learn/${entry.slug} would never show this article; rename the file`,
        ),
      )
    }
    const other = bySlug.get(entry.slug)
    if (other) {
      problems.push(
        problem(
          entry.file,
          FILE_START,
          'slug',
          `"${entry.slug}" is also used by ${other.file}; rename one of them`,
        ),
      )
      continue
    }
    bySlug.set(entry.slug, entry)
  }

  const parsed: Parsed[] = []
  for (const entry of bySlug.values()) {
    const source = readFileSync(join(root, entry.file), 'utf8').replace(/\r\n?/g, '\n')
    const fm = parseFrontmatter(entry.file, source)
    problems.push(...fm.problems)
    const mdx = parseMdx(source)
    if (mdx.error) problems.push(problem(entry.file, mdx.error.at, 'mdx', mdx.error.message))
    parsed.push({ entry, source, tree: mdx.tree, frontmatter: fm.data, positionOf: fm.positionOf })
  }

  // Cross-file and date checks on valid frontmatter.
  const orders = new Map<string, Parsed>()
  for (const p of parsed) {
    const fm = p.frontmatter
    if (!fm) continue
    const key = `${fm.section}#${fm.order}`
    const taken = orders.get(key)
    if (taken) {
      problems.push(
        problem(
          p.entry.file,
          p.positionOf(['order']),
          'order',
          `${fm.order} is already used in section "${fm.section}" by ${taken.entry.file}`,
        ),
      )
    } else orders.set(key, p)
    if (fm.updated < fm.published)
      problems.push(
        problem(p.entry.file, p.positionOf(['updated']), 'updated', `is before published (${fm.published})`),
      )
    if (fm.reviewed < fm.published)
      problems.push(
        problem(
          p.entry.file,
          p.positionOf(['reviewed']),
          'reviewed',
          `is before published (${fm.published})`,
        ),
      )
    for (const field of ['published', 'updated', 'reviewed'] as const) {
      if (fm[field] > today)
        problems.push(problem(p.entry.file, p.positionOf([field]), field, `is in the future (${fm[field]})`))
    }
    const age = daysBetween(fm.reviewed, today)
    if (age > REVIEW_MAX_AGE_DAYS) {
      problems.push(
        problem(
          p.entry.file,
          p.positionOf(['reviewed']),
          'reviewed',
          `is ${age} days ago (more than ${REVIEW_MAX_AGE_DAYS}); re-check the facts against the sources`,
          'warning',
        ),
      )
    }
  }

  const listed = parsed.filter((p) => p.frontmatter && p.tree && (includeDrafts || !p.frontmatter.draft))
  const headingsBySlug = new Map(listed.map((p) => [p.entry.slug, extractHeadings(p.tree!)]))
  const routes = new Set<string>([
    ...(options.routes ?? STATIC_ROUTES),
    ...listed.map((p) => articlePath(p.entry.slug)),
  ])
  if (routes.has('/glossary') || glossaryIds.size > 0) routes.add('/glossary')
  const anchors = new Map<string, ReadonlySet<string>>([
    ['/glossary', glossaryIds],
    ...listed.map((p): [string, ReadonlySet<string>] => [
      articlePath(p.entry.slug),
      new Set(headingsBySlug.get(p.entry.slug)!.map((h) => h.id)),
    ]),
  ])

  for (const p of parsed) {
    if (!p.tree) continue
    const dir = p.entry.dir
    problems.push(
      ...checkBody(p.tree, {
        file: p.entry.file,
        path: articlePath(p.entry.slug),
        routes,
        anchors,
        glossaryIds,
        today,
        imageExists: dir
          ? (url) => {
              const decoded = tryDecodeURI(url)
              if (decoded === undefined) return false
              const target = normalize(join(dir, decoded))
              return target.startsWith(dir) && existsSync(target)
            }
          : undefined,
      }),
    )
  }

  for (const p of parsed) {
    if (p.tree && p.frontmatter && !p.frontmatter.draft)
      problems.push(...checkArticleShape(p.entry.file, p.tree))
  }

  if (options.glossaryTerms) {
    for (const p of parsed) {
      if (!p.tree) continue
      const { unlinked, senseMarkProblems } = scanTermLinks(p.tree, p.source, options.glossaryTerms)
      for (const found of unlinked)
        problems.push(problem(p.entry.file, found.at, 'term', unlinkedTermMessage(found)))
      for (const mark of senseMarkProblems)
        problems.push(problem(p.entry.file, mark.at, 'term', mark.message))
    }
  }

  const sectionIndex = (id: string) => SECTIONS.findIndex((s) => s.id === id)
  const articles = listed
    .map((p): Article => {
      const body: Root = { type: 'root', children: p.tree!.children.filter((c) => c.type !== 'yaml') }
      const stats = readingTime(toString(body), { wordsPerMinute: WORDS_PER_MINUTE })
      return {
        slug: p.entry.slug,
        path: articlePath(p.entry.slug),
        file: p.entry.file,
        importPath: p.entry.importPath,
        frontmatter: p.frontmatter!,
        headings: headingsBySlug.get(p.entry.slug)!,
        words: stats.words,
        readingMinutes: Math.max(1, Math.ceil(stats.minutes)),
        terms: termIds(p.tree!),
      }
    })
    .sort(
      (a, b) =>
        sectionIndex(a.frontmatter.section) - sectionIndex(b.frontmatter.section) ||
        a.frontmatter.order - b.frontmatter.order,
    )
  // Only articles whose own problems are warnings are safe to render.
  const broken = new Set(problems.filter((q) => q.severity === 'error').map((q) => q.file))
  return { articles: articles.filter((a) => !broken.has(a.file)), problems, checked: entries.length }
}
