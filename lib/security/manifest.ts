import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { inlineCode, sha256Source } from './csp'

/** Written after `next build` to `.next/csp-manifest.json`; read by `proxy.ts`. */
export type CspManifest = {
  /** Route (`/`, `/learn/apr-vs-apy`, `/_not-found`) → hashes of that page's inline scripts. */
  scripts: Record<string, string[]>
  /** Route → the weak ETag of that page's HTML as served (lib/http/etag.ts explains why it is made here). */
  etags: Record<string, string>
  /** Scripts on every prerendered page (the theme script, Next's bootstrap): allowed on nonce'd pages too. */
  shared: string[]
  /** Hashes of every inline style on any page, allowed everywhere (client navigation hoists them). */
  styles: string[]
}

export const CSP_MANIFEST_FILE = 'csp-manifest.json'

/** `index.html` → `/`, `learn/apr-vs-apy.html` → `/learn/apr-vs-apy`, `_not-found.html` → `/_not-found`. */
export function routeOfHtmlFile(relativePath: string): string {
  const route = `/${relativePath
    .split(sep)
    .join('/')
    .replace(/\.html$/, '')}`
  return route === '/index' ? '/' : route.replace(/\/index$/, '')
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name)
    if (entry.isDirectory()) return htmlFiles(full)
    return entry.name.endsWith('.html') ? [full] : []
  })
}

/** A weak entity tag for a page's HTML: 128 bits of its SHA-256, so any change to the page changes the tag. */
export function weakEtag(html: string): string {
  return `W/"${createHash('sha256').update(html).digest('base64url').slice(0, 22)}"`
}

/** Every prerendered page's HTML file in `.next/server/app`, with its route, in file order. */
export function prerenderedPages(appDir: string): Array<{ file: string; route: string }> {
  return htmlFiles(appDir)
    .sort()
    .map((file) => ({ file, route: routeOfHtmlFile(relative(appDir, file)) }))
}

/** Hashes the inline scripts and styles, and tags the HTML, of every prerendered page in `.next/server/app`. */
export function buildCspManifest(appDir: string): CspManifest {
  const scripts: Record<string, string[]> = {}
  const etags: Record<string, string> = {}
  const styles = new Set<string>()
  for (const { file, route } of prerenderedPages(appDir)) {
    const html = readFileSync(file, 'utf8')
    const code = inlineCode(html)
    scripts[route] = [...new Set(code.scripts.map(sha256Source))]
    etags[route] = weakEtag(html)
    for (const style of code.styles) styles.add(sha256Source(style))
  }
  const lists = Object.values(scripts)
  const shared = (lists[0] ?? []).filter((hash) => lists.every((list) => list.includes(hash)))
  return { scripts, etags, shared, styles: [...styles].sort() }
}
