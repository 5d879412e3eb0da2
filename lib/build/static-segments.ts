import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { staticPartsPage } from '@/lib/content/routes'

/**
 * The build step behind lib/mdx/rehype-static-segments.mjs. An article's prerendered HTML carries each static
 * segment as an empty placeholder (`<div data-static-segment="slug.n" …></div>`); the internal route
 * `/static-segments/<slug>` renders the same segments between markers. This fills the placeholders and removes
 * the internal route's output. Any placeholder without a source, or source without a placeholder, is a problem:
 * the build fails rather than ship an article with a hole in it.
 */
export const SOURCE_ROUTE = 'static-segments'

const PLACEHOLDER = /<div data-static-segment="([^"]+)"([^>]*)><\/div>/g
/** The same, without the global flag's state: for testing a whole file. */
const PLACEHOLDER_TEST = new RegExp(PLACEHOLDER.source)

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return htmlFiles(path)
    return entry.name.endsWith('.html') ? [path] : []
  })
}

const START = /<span data-static-segment-start="([^"]+)"><\/span>/g

/** The segments' HTML in a source page, by id. */
export function readSegments(sourceHtml: string): Map<string, string> {
  const segments = new Map<string, string>()
  for (const match of sourceHtml.matchAll(START)) {
    const id = match[1] ?? ''
    const from = match.index + match[0].length
    const end = `<span data-static-segment-end="${id}"></span>`
    const to = sourceHtml.indexOf(end, from)
    if (to === -1) throw new Error(`segment ${id} has no end marker`)
    segments.set(id, sourceHtml.slice(from, to))
  }
  return segments
}

export type FillResult = { html: string; filled: string[]; missing: string[]; unused: string[] }

/** Puts each segment's HTML into its placeholder in a page. */
export function fillSegments(pageHtml: string, segments: ReadonlyMap<string, string>): FillResult {
  const filled: string[] = []
  const missing: string[] = []
  const html = pageHtml.replace(PLACEHOLDER, (whole, id: string, rest: string) => {
    const content = segments.get(id)
    if (content === undefined) {
      missing.push(id)
      return whole
    }
    filled.push(id)
    return `<div data-static-segment="${id}"${rest}>${content}</div>`
  })
  const unused = [...segments.keys()].filter((id) => !filled.includes(id))
  return { html, filled, missing, unused }
}

export type SpliceReport = { pages: number; segments: number; bytes: number; problems: string[] }

/** The prerendered file of the page that holds the parts keyed `key`: `learn/<slug>.html`, `glossary.html`. */
const pageFileOf = (appDir: string, key: string) => join(appDir, `${staticPartsPage(key).slice(1)}.html`)

/**
 * Fills every page with parts (the articles, the glossary) from `<appDir>/static-segments`, then removes the
 * latter.
 */
export function spliceStaticSegments(appDir: string): SpliceReport {
  const sourceDir = join(appDir, SOURCE_ROUTE)
  const report: SpliceReport = { pages: 0, segments: 0, bytes: 0, problems: [] }
  if (!existsSync(sourceDir)) {
    report.problems.push(`${sourceDir} is missing: run \`next build\` first (npm run build does both)`)
    return report
  }
  for (const name of readdirSync(sourceDir).filter((file) => file.endsWith('.html'))) {
    const key = name.slice(0, -'.html'.length)
    const pageFile = pageFileOf(appDir, key)
    if (!existsSync(pageFile)) {
      report.problems.push(`${pageFile}: no prerendered page for the segments of ${key}`)
      continue
    }
    let segments: Map<string, string>
    try {
      segments = readSegments(readFileSync(join(sourceDir, name), 'utf8'))
    } catch (error) {
      report.problems.push(`${join(sourceDir, name)}: ${(error as Error).message}`)
      continue
    }
    const result = fillSegments(readFileSync(pageFile, 'utf8'), segments)
    for (const id of result.missing) report.problems.push(`${pageFile}: no source for static segment ${id}`)
    for (const id of result.unused)
      report.problems.push(`${pageFile}: static segment ${id} has no placeholder`)
    writeFileSync(pageFile, result.html)
    report.pages += 1
    report.segments += result.filled.length
    report.bytes += result.filled.reduce((sum, id) => sum + (segments.get(id)?.length ?? 0), 0)
  }
  // A placeholder anywhere else would stay empty: static parts are for articles and the glossary only.
  const filledPages = new Set(
    readdirSync(sourceDir)
      .filter((file) => file.endsWith('.html'))
      .map((file) => pageFileOf(appDir, file.slice(0, -'.html'.length))),
  )
  for (const file of htmlFiles(appDir))
    if (
      !filledPages.has(file) &&
      !file.startsWith(sourceDir) &&
      PLACEHOLDER_TEST.test(readFileSync(file, 'utf8'))
    )
      report.problems.push(
        `${file}: a static part outside the pages that have them (articles and /glossary are filled)`,
      )
  // The pages now carry the segments; the internal route's pages must not be served: their files go, and so
  // do their entries in Next's list of prerendered paths, so a request for one is a 404 like any unknown slug.
  for (const name of readdirSync(sourceDir))
    if (/\.(html|rsc|meta|segments)$/.test(name))
      rmSync(join(sourceDir, name), { recursive: true, force: true })
  const manifestFile = join(appDir, '..', '..', 'prerender-manifest.json')
  if (existsSync(manifestFile)) {
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { routes: Record<string, unknown> }
    for (const route of Object.keys(manifest.routes))
      if (route.startsWith(`/${SOURCE_ROUTE}/`)) delete manifest.routes[route]
    writeFileSync(manifestFile, JSON.stringify(manifest))
  }
  return report
}
