import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

/** Bytes of one route in the production build: raw and gzip (level 6, what nginx and Next send). */
export type RouteWeight = {
  route: string
  jsRaw: number
  jsGzip: number
  /** Prerendered routes only: their HTML as built. */
  htmlRaw?: number
  htmlGzip?: number
  /** Bytes of class="…" attributes and of the inline RSC payload inside that HTML. */
  htmlClassRaw?: number
  htmlPayloadRaw?: number
}

type BundleStat = { route: string; firstLoadChunkPaths: string[] }

const gzipBytes = (buffer: Buffer | string) => gzipSync(buffer, { level: 6 }).length

/** `/learn/[slug]` → `/learn/apr-vs-apy` etc. are measured on their own HTML; JS is the route's first load. */
function htmlFileOf(root: string, route: string): string | undefined {
  const file = join(root, '.next', 'server', 'app', route === '/' ? 'index.html' : `${route.slice(1)}.html`)
  return existsSync(file) ? file : undefined
}

/** Measures `routes` (concrete paths; a dynamic segment's JS comes from its pattern) in the build at `root`. */
export function measureBuild(root: string, routes: readonly string[]): RouteWeight[] {
  const statsFile = join(root, '.next', 'diagnostics', 'route-bundle-stats.json')
  if (!existsSync(statsFile)) throw new Error(`${statsFile} is missing: run \`npm run build\` first`)
  const stats = JSON.parse(readFileSync(statsFile, 'utf8')) as BundleStat[]
  const patterns = stats.map((s) => ({
    stat: s,
    regex: new RegExp(`^${s.route.replace(/\[[^\]]+\]/g, '[^/]+')}$`),
  }))
  const chunkCache = new Map<string, { raw: number; gzip: number }>()
  const chunk = (path: string) => {
    let size = chunkCache.get(path)
    if (!size) {
      const buffer = readFileSync(join(root, path))
      size = { raw: buffer.length, gzip: gzipBytes(buffer) }
      chunkCache.set(path, size)
    }
    return size
  }
  return routes.map((route) => {
    const match = patterns.find((p) => p.stat.route === route) ?? patterns.find((p) => p.regex.test(route))
    if (!match) throw new Error(`${route} is not a route of this build`)
    const chunks = match.stat.firstLoadChunkPaths.map(chunk)
    const weight: RouteWeight = {
      route,
      jsRaw: chunks.reduce((sum, c) => sum + c.raw, 0),
      jsGzip: chunks.reduce((sum, c) => sum + c.gzip, 0),
    }
    const htmlFile = htmlFileOf(root, route)
    if (htmlFile) {
      const html = readFileSync(htmlFile, 'utf8')
      weight.htmlRaw = Buffer.byteLength(html)
      weight.htmlGzip = gzipBytes(html)
      weight.htmlClassRaw = [...html.matchAll(/ class="[^"]*"/g)].reduce((s, m) => s + m[0].length, 0)
      weight.htmlPayloadRaw = [
        ...html.matchAll(/<script>self\.__next_f\.push\(([\s\S]*?)\)<\/script>/g),
      ].reduce((s, m) => s + m[0].length, 0)
    }
    return weight
  })
}
