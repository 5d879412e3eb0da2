import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { NextResponse, type NextRequest } from 'next/server'
import { contentSecurityPolicy, localEmbedder } from '@/lib/security/csp'
import { notModified } from '@/lib/http/etag'
import { FRONT_NONCE_HEADER, fromFront, responseNonce } from '@/lib/security/front-nonce'
import { CSP_MANIFEST_FILE, type CspManifest } from '@/lib/security/manifest'

/**
 * Sets each page's Content-Security-Policy (README § "Security headers and CSP"):
 * - prerendered pages: the hashes of their own inline scripts, from `.next/csp-manifest.json` (written by
 *   `npm run build` after `next build`); the HTML stays static and shared caches may keep it;
 * - pages rendered per request (/calculator, /embed/calculator, /walkthrough, 404s): a fresh nonce, which
 *   Next.js puts on its scripts, and `Cache-Control: private, no-store` so no shared cache ever replays it;
 *   behind the nginx front (the request carries the front's key, lib/security/front-nonce.ts) the nonce is a
 *   fixed placeholder that the front stores and replaces with a fresh value on every answer.
 * Prerendered pages also get their ETag from the manifest, and a conditional request whose `If-None-Match` lists it
 * gets `304 Not Modified` here (lib/http/etag.ts: Next.js would hash the page on every request; its own ETags are
 * off in next.config.mjs).
 * Every other security header is static and lives in next.config.mjs.
 */
const development = process.env.NODE_ENV !== 'production'
let manifest: CspManifest | undefined

function loadManifest(): CspManifest {
  if (manifest) return manifest
  const file = join(process.cwd(), '.next', CSP_MANIFEST_FILE)
  try {
    manifest = JSON.parse(readFileSync(file, 'utf8')) as CspManifest
  } catch {
    throw new Error(`${file} is missing: build with \`npm run build\` (next build, then the CSP manifest)`)
  }
  return manifest
}

const FRAMABLE = /^\/embed\/./

/**
 * Prerendered HTML: browsers revalidate (ETag), shared caches (nginx, a CDN) keep it 10 minutes and then serve
 * it stale for up to a day while refreshing it in the background. Next's default (`s-maxage=31536000`) would
 * keep a page for a year, past the deploy that removes the scripts it references.
 */
const PRERENDERED_CACHE_CONTROL = 'public, max-age=0, s-maxage=600, stale-while-revalidate=86400'

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  const framable = FRAMABLE.test(pathname)
  if (development) {
    const response = NextResponse.next()
    response.headers.set(
      'Content-Security-Policy',
      contentSecurityPolicy({ scripts: { hashes: [] }, styleHashes: [], framable, development }),
    )
    return response
  }
  const { scripts, etags, shared, styles } = loadManifest()
  const route = pathname.length > 1 ? pathname.replace(/\/$/, '') : pathname
  const prerendered = scripts[route]
  if (prerendered) {
    const etag = etags[route]
    const conditional = request.method === 'GET' || request.method === 'HEAD'
    const response =
      etag !== undefined && conditional && notModified(request.headers.get('if-none-match'), etag)
        ? new NextResponse(null, { status: 304 })
        : NextResponse.next()
    response.headers.set(
      'Content-Security-Policy',
      contentSecurityPolicy({ scripts: { hashes: prerendered }, styleHashes: styles, framable }),
    )
    response.headers.set('Cache-Control', PRERENDERED_CACHE_CONTROL)
    if (etag !== undefined) response.headers.set('ETag', etag)
    return response
  }
  const nonce = responseNonce({
    fromFront: fromFront(request.headers.get(FRONT_NONCE_HEADER), process.env.FRONT_NONCE_KEY),
    url: request.url,
  })
  // Shared scripts cover the theme script (not rendered by Next, so without the nonce); the not-found
  // page's hashes cover a prerendered 404 answered for an unknown path.
  const hashes = [...new Set([...shared, ...(scripts['/_not-found'] ?? [])])]
  // The widget framed by an http page on this machine (local testing) gets those ancestors too; this response
  // is never shared (no-store below; the front keys its copy on the same Referer test), so no one else sees them.
  const localAncestors = framable && localEmbedder(request.headers.get('referer'))
  const policy = contentSecurityPolicy({
    scripts: { hashes, nonce },
    styleHashes: styles,
    framable,
    localAncestors,
  })
  const requestHeaders = new Headers(request.headers)
  requestHeaders.set('Content-Security-Policy', policy)
  requestHeaders.delete(FRONT_NONCE_HEADER)
  const response = NextResponse.next({ request: { headers: requestHeaders } })
  response.headers.set('Content-Security-Policy', policy)
  // Also the placeholder version: only the front that re-nonces it may store it, never a browser or CDN.
  response.headers.set('Cache-Control', 'private, no-store')
  return response
}

export const config = {
  matcher: [
    {
      // Documents only: not build assets, not files with an extension (icon, loader, robots, sitemap, CSV, the
      // search index's .pf_index and .pf_fragment), not RSC payloads or prefetches (fetched by the router, never
      // rendered as a document).
      source: '/((?!_next/|healthz$|[^?]*\\.[a-z0-9_]+$).*)',
      missing: [
        { type: 'header', key: 'rsc' },
        { type: 'header', key: 'next-router-prefetch' },
      ],
    },
  ],
}
