import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * The paths listed in the built sitemap (.next/server/app/sitemap.xml.body), read when tests are
 * collected so that every URL gets its own test. The build must exist (npm test builds first).
 */
export function sitemapPaths(): string[] {
  const file = join(process.cwd(), '.next', 'server', 'app', 'sitemap.xml.body')
  if (!existsSync(file)) throw new Error('No built sitemap: run `npx next build` first (npm test does).')
  const xml = readFileSync(file, 'utf8')
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname)
}
