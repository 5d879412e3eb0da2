// Prerendered pages compressed once, at build time (issue 13). Plain JavaScript because server.mjs runs it
// without a build step; types in precompressed.d.mts.
//
// Next.js keeps no compressed copy of a page: it gzips the HTML again on every request, which was most of the
// server's time per article request (how-staking-works: 5.8 ms of CPU per request, utime + stime over 3,000
// requests at 50 connections; 1.4–1.9 ms when the copy goes out as is). `npm run build` writes each prerendered
// page brotli- and gzip-encoded (`writePrecompressed`); server.mjs lets Next.js answer every request as before and,
// when Next.js is about to send a page for which a copy exists, sends the copy's bytes instead of the HTML
// (`servePrecompressed`). Every header is Next's own (and proxy.ts's), except the encoding and the length.
//
// A copy is named by the page's ETag (lib/http/etag.ts, lib/security/manifest.ts) and chosen by the ETag Next.js
// is about to send, so it can only ever replace the very HTML it was made from: a page built without this step
// has a new tag and no copy, and goes out as Next.js sends it.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

/** Folder of the copies, inside `.next`. */
export const PRECOMPRESSED_DIR = 'precompressed'

/** The routes that have copies, written beside them: the pages a request may be answered with a copy for. */
export const PRECOMPRESSED_ROUTES_FILE = 'routes.json'

const CODING = /^\s*([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*(?:;\s*[qQ]\s*=\s*([0-9.]+)\s*)?$/
const QUALITY = /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/

/**
 * The quality a request gives each content coding (RFC 9110 §12.5.3): `br;q=0.5, gzip` → br 0.5, gzip 1.
 * Codings it does not name take the quality of `*` if present, otherwise 0. Malformed elements are skipped (a
 * quality outside 0–1 or with more than three decimals is malformed); a later mention of a coding wins.
 */
function qualities(acceptEncoding) {
  const named = new Map()
  let wildcard = 0
  for (const element of acceptEncoding.split(',')) {
    const match = CODING.exec(element)
    if (match === null) continue
    const coding = match[1].toLowerCase()
    if (match[2] !== undefined && !QUALITY.test(match[2])) continue
    const q = match[2] === undefined ? 1 : Number(match[2])
    if (coding === '*') wildcard = q
    else named.set(coding, q)
  }
  return { named, wildcard }
}

/**
 * The encoding to send a page in for this `Accept-Encoding`: brotli when it is accepted at least as well as gzip
 * (it is smaller), gzip when only gzip is or gzip is preferred, `undefined` when neither is acceptable (absent
 * header, `identity`, `q=0`).
 */
export function preferredEncoding(acceptEncoding) {
  if (acceptEncoding === null || acceptEncoding === undefined) return undefined
  const { named, wildcard } = qualities(acceptEncoding)
  const br = named.get('br') ?? wildcard
  const gzip = named.get('gzip') ?? named.get('x-gzip') ?? wildcard
  if (br <= 0 && gzip <= 0) return undefined
  return br >= gzip ? 'br' : 'gzip'
}

/** `W/"kiSoT7QUl8Hs1sdF421nPx"` + `br` → `kiSoT7QUl8Hs1sdF421nPx.html.br` (a build tag's opaque part is base64url). */
export function precompressedFileName(etag, encoding) {
  const opaque = /^(?:W\/)?"([A-Za-z0-9_-]+)"$/.exec(etag)?.[1]
  if (opaque === undefined) throw new Error(`not a build ETag: ${etag}`)
  return `${opaque}.html.${encoding === 'br' ? 'br' : 'gz'}`
}

/** Both encodings of one page: brotli at its best quality in text mode, gzip at level 9. */
export function compressPage(html) {
  return {
    br: brotliCompressSync(html, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: html.length,
      },
    }),
    gzip: gzipSync(html, { level: 9 }),
  }
}

/**
 * Writes both encodings of every page (its route, HTML file and ETag) to `outDir`, and the list of their routes
 * (`routes.json`); returns byte totals for the build log. Next's own pages (`/_not-found`, `/_global-error`) are
 * not answered from a copy: their status is not 200.
 */
export function writePrecompressed(pages, outDir) {
  mkdirSync(outDir, { recursive: true })
  const totals = { pages: 0, raw: 0, br: 0, gzip: 0 }
  const routes = []
  for (const { route, file, etag } of pages) {
    if (route.startsWith('/_')) continue
    routes.push(route)
    const html = readFileSync(file)
    const encoded = compressPage(html)
    for (const encoding of /** @type {const} */ (['br', 'gzip'])) {
      writeFileSync(join(outDir, precompressedFileName(etag, encoding)), encoded[encoding])
      totals[encoding] += encoded[encoding].length
    }
    totals.pages += 1
    totals.raw += html.length
  }
  writeFileSync(join(outDir, PRECOMPRESSED_ROUTES_FILE), JSON.stringify(routes))
  return totals
}

/** The routes `writePrecompressed` left in `dir`; none when the folder or its list is missing. */
function precompressedRoutes(dir) {
  try {
    const routes = JSON.parse(readFileSync(join(dir, PRECOMPRESSED_ROUTES_FILE), 'utf8'))
    return Array.isArray(routes) ? routes.filter((route) => typeof route === 'string') : []
  } catch {
    return []
  }
}

/** Request headers of the router's payloads and prefetches: never answered with a page. */
const ROUTER_HEADERS = [
  'rsc',
  'next-router-prefetch',
  'next-router-state-tree',
  'next-router-segment-prefetch',
]

/**
 * The copies in `dir`, read once each on first use, and a function that prepares one response before Next.js
 * handles its request. For a GET of a path that has a copy (its list in `dir`; `/x/` counts as `/x`), in an
 * encoding the request accepts, it marks the response encoded, which keeps Next's compression off
 * it; when Next.js then writes the head, it sends the copy if the status is 200 and the ETag is that copy's, and
 * otherwise takes the mark off again (a 304, a redirect, an error: sent as Next.js writes them, uncompressed).
 * Every other request is left alone.
 */
export function precompressedServing({ dir }) {
  const copies = new Map()
  const copy = (etag, encoding) => {
    let name
    try {
      name = precompressedFileName(etag, encoding)
    } catch {
      return null
    }
    if (!copies.has(name)) {
      let bytes = null
      try {
        bytes = readFileSync(join(dir, name))
      } catch {
        bytes = null
      }
      copies.set(name, bytes)
    }
    return copies.get(name)
  }
  const eligible = new Set(precompressedRoutes(dir))

  return function servePrecompressed(req, res) {
    if (req.method !== 'GET') return
    if (ROUTER_HEADERS.some((header) => req.headers[header] !== undefined)) return
    const path = (req.url ?? '').split('?')[0]
    const route = path.length > 1 ? path.replace(/\/$/, '') : path
    if (!eligible.has(route)) return
    const encoding = preferredEncoding(req.headers['accept-encoding'])
    if (encoding === undefined) return

    res.setHeader('Content-Encoding', encoding)
    let body = null
    let decided = false
    const decide = (status = res.statusCode) => {
      if (decided) return
      decided = true
      const etag = res.getHeader('etag')
      body = status === 200 && typeof etag === 'string' ? copy(etag, encoding) : null
      if (body === null) {
        res.removeHeader('Content-Encoding')
        return
      }
      res.setHeader('Content-Length', String(body.length))
      res.removeHeader('Transfer-Encoding')
    }
    const { writeHead, write, end } = res
    res.writeHead = function (...args) {
      decide(typeof args[0] === 'number' ? args[0] : undefined)
      if (body !== null) {
        // Headers given to writeHead itself win over setHeader: the length must be the copy's there too.
        for (const arg of args) {
          if (arg === null || typeof arg !== 'object' || Array.isArray(arg)) continue
          for (const name of Object.keys(arg)) {
            if (/^(content-length|transfer-encoding)$/i.test(name)) delete arg[name]
          }
        }
      }
      return writeHead.apply(this, args)
    }
    res.write = function (...args) {
      decide()
      return body === null ? write.apply(this, args) : true
    }
    res.end = function (...args) {
      decide()
      if (body === null) return end.apply(this, args)
      const callback = args.find((arg) => typeof arg === 'function')
      return end.call(this, body, callback)
    }
  }
}
