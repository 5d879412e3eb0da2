import { request } from 'node:http'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { stack } from './stack'

type Raw = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }

/** A request whose body is read as sent (fetch would decode it and hide which encoding came). */
function raw(path: string, headers: Record<string, string>, method = 'GET'): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const url = new URL(path, stack.direct)
    const req = request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      )
      res.on('error', reject)
    })
    req.on('error', reject)
    req.end()
  })
}

function decoded({ headers, body }: Raw): string {
  const encoding = headers['content-encoding']
  if (encoding === 'br') return brotliDecompressSync(body).toString()
  if (encoding === 'gzip') return gunzipSync(body).toString()
  return body.toString()
}

/** Headers that differ between an encoded and an unencoded answer by nature, or are Next's internals. */
const TRANSPORT =
  /^(content-encoding|content-length|transfer-encoding|date|connection|keep-alive|x-nextjs-.*)$/

const comparable = (headers: Raw['headers']) =>
  Object.fromEntries(Object.entries(headers).filter(([name]) => !TRANSPORT.test(name)))

/**
 * Prerendered pages go out as the copies compressed once at build time (lib/http/precompressed.mjs, server.mjs),
 * not gzipped by Next.js on every request. A reader must not be able to tell, except by the bytes: the same HTML, the same
 * headers (CSP, ETag, caching, Vary, the security headers), the encoding they asked for.
 */
describe('prerendered pages compressed at build time (direct)', () => {
  const PAGES = ['/', '/learn/how-staking-works', '/learn/apr-vs-apy', '/glossary']

  it.each(PAGES)(
    '%s: brotli and gzip copies decode to the very page, with the same headers',
    async (path) => {
      const plain = await raw(path, { 'accept-encoding': 'identity' })
      expect(plain.status).toBe(200)
      expect(plain.headers['content-encoding']).toBeUndefined()
      for (const [accept, encoding] of [
        ['gzip, deflate, br, zstd', 'br'],
        ['gzip', 'gzip'],
        ['br;q=0.5, gzip', 'gzip'],
      ] as const) {
        const response = await raw(path, { 'accept-encoding': accept })
        expect(response.status, accept).toBe(200)
        expect(response.headers['content-encoding'], accept).toBe(encoding)
        expect(Number(response.headers['content-length']), accept).toBe(response.body.length)
        expect(decoded(response), accept).toBe(plain.body.toString())
        expect(comparable(response.headers), accept).toEqual(comparable(plain.headers))
      }
    },
  )

  it('varies on the encoding, and sends brotli well below what gzip on the fly would', async () => {
    const plain = await raw('/learn/how-staking-works', { 'accept-encoding': 'identity' })
    expect(plain.headers.vary).toMatch(/^rsc, .*Accept-Encoding$/)
    const br = await raw('/learn/how-staking-works', { 'accept-encoding': 'br' })
    const gzip = await raw('/learn/how-staking-works', { 'accept-encoding': 'gzip' })
    expect(br.body.length).toBeLessThan(gzip.body.length * 0.85)
    expect(gzip.body.length).toBeLessThan(plain.body.length / 4)
  })

  it('leaves router payloads, HEAD, refused encodings, redirects, 404s and per-request pages to Next.js', async () => {
    const rscHeaders = { rsc: '1', 'accept-encoding': 'br, gzip' }
    let rsc = await raw('/learn/apr-vs-apy', rscHeaders)
    // Next.js first redirects a router request to its URL with `_rsc` (a hash of its router headers).
    if (rsc.status === 307) rsc = await raw(rsc.headers.location as string, rscHeaders)
    expect(rsc.status).toBe(200)
    expect(rsc.headers['content-type']).toMatch(/^text\/x-component/)
    expect(decoded(rsc)).not.toMatch(/^<!DOCTYPE html>/i)
    const head = await raw('/learn/apr-vs-apy', { 'accept-encoding': 'br' }, 'HEAD')
    expect(head.status).toBe(200)
    expect(head.body.length).toBe(0)
    const refused = await raw('/learn/apr-vs-apy', { 'accept-encoding': 'br;q=0, gzip;q=0' })
    expect(refused.headers['content-encoding']).toBeUndefined()
    expect(refused.body.toString()).toMatch(/^<!DOCTYPE html>/i)
    const slash = await raw('/learn/apr-vs-apy/', { 'accept-encoding': 'br' })
    expect(slash.status).toBe(308)
    expect(slash.headers['content-encoding']).toBeUndefined()
    const missing = await raw('/learn/no-such-article', { 'accept-encoding': 'gzip' })
    expect(missing.status).toBe(404)
    expect(decoded(missing)).toMatch(/^<!DOCTYPE html>/i)
    const calculator = await raw('/calculator?amount=10', { 'accept-encoding': 'br' })
    expect(calculator.status).toBe(200)
    expect(calculator.headers['cache-control']).toBe('private, no-store')
    expect(decoded(calculator)).toContain('nonce=')
  })

  it('still answers a conditional request with 304 before sending any copy', async () => {
    const first = await raw('/learn/apr-vs-apy', { 'accept-encoding': 'br' })
    const etag = first.headers.etag as string
    const again = await raw('/learn/apr-vs-apy', { 'accept-encoding': 'br', 'if-none-match': etag })
    expect(again.status).toBe(304)
    expect(again.body.length).toBe(0)
  })
})
