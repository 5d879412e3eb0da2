import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  compressPage,
  PRECOMPRESSED_ROUTES_FILE,
  precompressedFileName,
  precompressedServing,
  preferredEncoding,
  writePrecompressed,
} from './precompressed.mjs'
import { weakEtag } from '@/lib/security/manifest'

describe('preferredEncoding', () => {
  it.each([
    ['what Chromium sends', 'gzip, deflate, br, zstd', 'br'],
    ['what curl --compressed sends without brotli', 'deflate, gzip', 'gzip'],
    ['gzip preferred by quality', 'br;q=0.5, gzip', 'gzip'],
    ['brotli on a tie', 'gzip;q=0.8, br;q=0.8', 'br'],
    ['brotli refused', 'gzip, br;q=0', 'gzip'],
    ['both refused', 'gzip;q=0, br;q=0.000', undefined],
    ['only identity', 'identity', undefined],
    ['the wildcard covers both', '*', 'br'],
    ['the wildcard, brotli refused by name', '*;q=0.5, br;q=0', 'gzip'],
    ['the wildcard refused', '*;q=0', undefined],
    ['x-gzip, the old name', 'x-gzip', 'gzip'],
    ['case and blanks', '  GZIP ; Q=1 ', 'gzip'],
    ['an empty header', '', undefined],
    ['an absent header', null, undefined],
  ])('%s: %j → %s', (_name, header, expected) => {
    expect(preferredEncoding(header)).toBe(expected)
  })

  it('skips malformed elements instead of reading them as acceptable', () => {
    expect(preferredEncoding('br;q=2, gzip;q=0.1234')).toBeUndefined()
    expect(preferredEncoding('br;level=1, gzip')).toBe('gzip')
    expect(preferredEncoding('br;q=, gzip;q=abc')).toBeUndefined()
  })

  it('never throws, and never picks an encoding whose last mention, or the wildcard, gives it q=0', () => {
    const coding = fc.constantFrom('br', 'gzip', 'identity', 'deflate', '*', 'zstd')
    const q = fc.constantFrom('', ';q=0', ';q=0.0', ';q=0.5', ';q=1', ';q=1.000', ';q=0.001')
    fc.assert(
      fc.property(fc.array(fc.tuple(coding, q), { maxLength: 6 }), (elements) => {
        const header = elements.map(([c, w]) => `${c}${w}`).join(', ')
        const chosen = preferredEncoding(header)
        if (chosen === undefined) return
        const last = elements.filter(([c]) => c === chosen).at(-1)
        const wildcard = elements.filter(([c]) => c === '*').at(-1)
        const weight = last ?? wildcard
        expect(weight, header).toBeDefined()
        expect(Number(weight![1].replace(';q=', '') || 1), header).toBeGreaterThan(0)
      }),
    )
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii', maxLength: 60 }), (header) => {
        expect(['br', 'gzip', undefined]).toContain(preferredEncoding(header))
      }),
    )
  })
})

describe('precompressedFileName', () => {
  it('names a copy by the opaque part of the page tag and its encoding', () => {
    expect(precompressedFileName('W/"kiSoT7QUl8Hs1sdF421nPx"', 'br')).toBe('kiSoT7QUl8Hs1sdF421nPx.html.br')
    expect(precompressedFileName('W/"-1YZu_sGyCv4RVOnFmOWNA"', 'gzip')).toBe('-1YZu_sGyCv4RVOnFmOWNA.html.gz')
  })

  it('refuses anything but a build tag, so no header can name a path', () => {
    for (const tag of ['W/"../../etc/passwd"', '"a/b"', 'W/abc', '', 'W/""']) {
      expect(() => precompressedFileName(tag, 'br'), tag).toThrow(`not a build ETag: ${tag}`)
    }
  })
})

describe('compressPage and writePrecompressed', () => {
  const dir = mkdtempSync(join(tmpdir(), 'precompressed-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('gives back the exact HTML from either encoding, brotli smaller than gzip', () => {
    const html = Buffer.from(`<!DOCTYPE html><p>${'Validators attest once per epoch. '.repeat(400)}é €</p>`)
    const { br, gzip } = compressPage(html)
    expect(brotliDecompressSync(br).equals(html)).toBe(true)
    expect(gunzipSync(gzip).equals(html)).toBe(true)
    expect(br.length).toBeLessThan(gzip.length)
  })

  it('writes both copies of every page under its tag, lists their routes and counts the bytes', () => {
    const pages = ['<p>one</p>', '<p>two, a little longer</p>'].map((html, i) => {
      const file = join(dir, `page-${i}.html`)
      writeFileSync(file, html)
      return { route: `/learn/page-${i}`, file, etag: weakEtag(html), html }
    })
    const notFound = { ...pages[0]!, route: '/_not-found' }
    const out = join(dir, 'out')
    const totals = writePrecompressed([...pages, notFound], out)
    const copies = pages
      .flatMap(({ etag }) => [precompressedFileName(etag, 'br'), precompressedFileName(etag, 'gzip')])
      .sort()
    expect(readdirSync(out).sort()).toEqual([...copies, PRECOMPRESSED_ROUTES_FILE].sort())
    expect(JSON.parse(readFileSync(join(out, PRECOMPRESSED_ROUTES_FILE), 'utf8'))).toEqual([
      '/learn/page-0',
      '/learn/page-1',
    ])
    for (const { etag, html } of pages) {
      expect(
        brotliDecompressSync(readFileSync(join(out, precompressedFileName(etag, 'br')))).toString(),
      ).toBe(html)
      expect(gunzipSync(readFileSync(join(out, precompressedFileName(etag, 'gzip')))).toString()).toBe(html)
    }
    expect(totals.pages).toBe(2)
    expect(totals.raw).toBe(pages.reduce((sum, { html }) => sum + Buffer.byteLength(html), 0))
    expect(totals.br + totals.gzip).toBe(
      copies.reduce((sum, name) => sum + readFileSync(join(out, name)).length, 0),
    )
  })
})

describe('precompressedServing without copies', () => {
  it('leaves every response alone when the build wrote no copies', () => {
    const serve = precompressedServing({ dir: join(tmpdir(), 'no-such-precompressed-folder') })
    const headers = new Map<string, string>()
    const res = { setHeader: (name: string, value: string) => headers.set(name, value) }
    const req = { method: 'GET', url: '/page', headers: { 'accept-encoding': 'br' } }
    serve(req as unknown as IncomingMessage, res as unknown as ServerResponse)
    expect([...headers]).toEqual([])
  })
})

describe('precompressedServing', () => {
  const dir = mkdtempSync(join(tmpdir(), 'serving-'))
  const PAGE = `<!DOCTYPE html><p>${'Rewards come from issuance and fees. '.repeat(200)}</p>`
  const TAG = weakEtag(PAGE)
  let base = ''
  let server: ReturnType<typeof createServer>

  /** Answers like Next.js: headers by setHeader, then the body in one or several writes; status by path. */
  function nextLike(req: IncomingMessage, res: ServerResponse) {
    const path = (req.url ?? '').split('?')[0]
    res.setHeader('Content-Type', 'text/html; charset=utf-8')
    if (path === '/moved') return res.writeHead(308, { Location: '/page' }).end('/page')
    if (path === '/missing') {
      res.statusCode = 404
      return res.end('<!DOCTYPE html><p>Not found</p>')
    }
    res.setHeader('ETag', path === '/changed' ? 'W/"AAAAAAAAAAAAAAAAAAAAAA"' : TAG)
    if (req.headers['if-none-match'] === TAG) {
      res.statusCode = 304
      return res.end()
    }
    res.setHeader('Content-Length', String(Buffer.byteLength(PAGE)))
    res.write(PAGE.slice(0, 100))
    res.end(PAGE.slice(100))
  }

  beforeAll(async () => {
    writeFileSync(join(dir, 'page.html'), PAGE)
    const file = join(dir, 'page.html')
    const routes = ['/page', '/changed', '/moved', '/missing', '/_not-found']
    writePrecompressed(
      routes.map((route) => ({ route, file, etag: TAG })),
      dir,
    )
    const serve = precompressedServing({ dir })
    server = createServer((req, res) => {
      serve(req, res)
      nextLike(req, res)
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => {
    server.close()
    rmSync(dir, { recursive: true, force: true })
  })

  function get(path: string, headers: Record<string, string>, method = 'GET') {
    return new Promise<{ status: number; headers: IncomingMessage['headers']; body: Buffer }>(
      (resolve, reject) => {
        request(`${base}${path}`, { method, headers }, (res) => {
          const chunks: Buffer[] = []
          res.on('data', (chunk: Buffer) => chunks.push(chunk))
          res.on('end', () =>
            resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
          )
        })
          .on('error', reject)
          .end()
      },
    )
  }

  it('sends the copy in the accepted encoding, with its own length, in place of the HTML', async () => {
    for (const [accept, encoding, decode] of [
      ['br, gzip', 'br', brotliDecompressSync],
      ['gzip', 'gzip', gunzipSync],
    ] as const) {
      const response = await get('/page?utm=x', { 'accept-encoding': accept })
      expect(response.status).toBe(200)
      expect(response.headers['content-encoding']).toBe(encoding)
      expect(Number(response.headers['content-length'])).toBe(response.body.length)
      expect(response.headers.etag).toBe(TAG)
      expect(decode(response.body).toString()).toBe(PAGE)
    }
    const slash = await get('/page/', { 'accept-encoding': 'br' })
    expect(brotliDecompressSync(slash.body).toString()).toBe(PAGE)
  })

  it('sends the HTML as written when the page is not the copy, not a 200, or not asked for encoded', async () => {
    const cases: Array<[string, Record<string, string>, number, string]> = [
      ['/changed', { 'accept-encoding': 'br' }, 200, PAGE],
      ['/missing', { 'accept-encoding': 'br' }, 404, '<!DOCTYPE html><p>Not found</p>'],
      ['/moved', { 'accept-encoding': 'br' }, 308, '/page'],
      ['/page', { 'accept-encoding': 'br', 'if-none-match': TAG }, 304, ''],
      ['/page', { 'accept-encoding': 'identity' }, 200, PAGE],
      ['/page', { 'accept-encoding': 'br', rsc: '1' }, 200, PAGE],
      ['/_not-found', { 'accept-encoding': 'br' }, 200, PAGE],
      ['/other', { 'accept-encoding': 'br' }, 200, PAGE],
    ]
    for (const [path, headers, status, body] of cases) {
      const response = await get(path, headers)
      expect(response.status, `${path} ${JSON.stringify(headers)}`).toBe(status)
      expect(response.headers['content-encoding'], path).toBeUndefined()
      expect(response.body.toString(), path).toBe(body)
    }
    const head = await get('/page', { 'accept-encoding': 'br' }, 'HEAD')
    expect(head.headers['content-encoding']).toBeUndefined()
    expect(head.headers['content-length']).toBe(String(Buffer.byteLength(PAGE)))
  })
})
