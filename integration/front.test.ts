import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { cacheStatus, getRsc, getThroughFront as get, SECURITY_HEADERS as SECURITY } from './front-requests'
import { describeFront, stack, unique } from './stack'
import { OFFLINE_FILE_LIST, parseOfflineFileList } from '@/lib/search/offline-files'

/**
 * deploy/nginx in front of two `next start` servers (scripts/integration/run.mjs): redirect, HSTS, the shared
 * cache (MISS then HIT, keyed by the full query and the router variant), headers kept through the cache,
 * immutable assets, compression and /healthz. Per-request pages: front-nonce.test.ts; failover: failover.test.ts.
 */
describeFront('the nginx front', () => {
  it('redirects HTTP to HTTPS, keeping the path and query', async () => {
    const response = await fetch(`${stack.http}/learn/apr-vs-apy?from=http`, { redirect: 'manual' })
    expect(response.status).toBe(301)
    expect(response.headers.get('location')).toBe(
      `https://localhost:${stack.httpsPort}/learn/apr-vs-apy?from=http`,
    )
  })

  it('sends HSTS for two years with subdomains, and no server version', async () => {
    const response = await get('/')
    expect(response.status).toBe(200)
    const hsts = response.headers.get('strict-transport-security')!
    expect(Number(/max-age=(\d+)/.exec(hsts)?.[1])).toBeGreaterThanOrEqual(63_072_000)
    expect(hsts).toMatch(/includeSubDomains/)
    expect(response.headers.get('server')).toBe('nginx')
    expect(response.headers.get('x-powered-by')).toBeNull()
  })

  it('caches an article: MISS then HIT, the same bytes and every security header kept', async () => {
    const path = `/learn/apr-vs-apy?visit=${unique()}`
    const first = await get(path)
    const firstBody = await first.text()
    const second = await get(path)
    expect([cacheStatus(first), cacheStatus(second)]).toEqual(['MISS', 'HIT'])
    expect(await second.text()).toBe(firstBody)
    for (const header of SECURITY) {
      expect(second.headers.get(header), header).toBeTruthy()
      expect(second.headers.get(header), header).toBe(first.headers.get(header))
    }
    expect(second.headers.get('x-frame-options')).toBe('DENY')
    expect(second.headers.get('cache-control')).toBe(
      'public, max-age=0, s-maxage=600, stale-while-revalidate=86400',
    )
  })

  it('caches different queries apart', async () => {
    const a = `/learn/how-staking-works?q=${unique()}`
    const b = `/learn/how-staking-works?q=${unique()}`
    for (const path of [a, b]) {
      const response = await get(path)
      await response.text()
      expect(cacheStatus(response)).toBe('MISS')
    }
    expect(cacheStatus(await get(a))).toBe('HIT')
  })

  it('never serves an RSC payload or a prefetch as the page, nor the page as either', async () => {
    const path = `/learn/apr-vs-apy?nav=${unique()}`
    await (await get(path)).text()
    const rsc = await getRsc(path, { rsc: '1' })
    expect(rsc.headers.get('content-type')).toMatch(/text\/x-component/)
    expect(cacheStatus(rsc)).toBe('MISS')
    const prefetch = await getRsc(path, { rsc: '1', 'next-router-prefetch': '1' })
    expect(prefetch.headers.get('content-type')).toMatch(/text\/x-component/)
    expect(cacheStatus(prefetch)).toBe('MISS')
    const page = await get(path)
    expect(cacheStatus(page)).toBe('HIT')
    expect(page.headers.get('content-type')).toMatch(/text\/html/)
    expect(cacheStatus(await getRsc(path, { rsc: '1' }))).toBe('HIT')
  })

  it('caches the embed page and the versioned loader (immutable, any origin)', async () => {
    const docs = `/embed?v=${unique()}`
    const docsFirst = await get(docs)
    await docsFirst.text()
    expect([cacheStatus(docsFirst), cacheStatus(await get(docs))]).toEqual(['MISS', 'HIT'])
    const loader = `/embed.v1.js?v=${unique()}`
    const first = await get(loader)
    await first.text()
    const second = await get(loader)
    expect([cacheStatus(first), cacheStatus(second)]).toEqual(['MISS', 'HIT'])
    expect(second.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect(second.headers.get('access-control-allow-origin')).toBe('*')
    expect(second.headers.get('cross-origin-resource-policy')).toBe('cross-origin')
  })

  it('caches the search index files for a year: named by their content, the same bytes from the front', async () => {
    const listed = parseOfflineFileList(
      JSON.parse(readFileSync(join('public', 'pagefind', OFFLINE_FILE_LIST), 'utf8')),
    )
    const fragment = listed!.files.find((file) => file.startsWith('/pagefind/fragment/'))!
    const first = await get(fragment)
    await first.arrayBuffer()
    const second = await get(fragment)
    await second.arrayBuffer()
    expect([cacheStatus(first), cacheStatus(second)]).toEqual(['MISS', 'HIT'])
    expect(second.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
  })

  it('serves build assets immutable and compressed (brotli where the module is installed)', async () => {
    const html = await (await get('/learn/apr-vs-apy')).text()
    const script = /<script src="(\/_next\/static\/chunks\/[^"]+\.js)"/.exec(html)![1]!
    const brotli = await get(script, { 'accept-encoding': 'br' })
    await brotli.arrayBuffer()
    expect(brotli.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect(brotli.headers.get('content-encoding')).toBe(stack.brotli ? 'br' : null)
    const gzip = await get(script, { 'accept-encoding': 'gzip' })
    expect(gzip.headers.get('content-encoding')).toBe('gzip')
    expect(cacheStatus(gzip)).toBe('HIT')
  })

  it('answers /healthz through the front, never from the cache', async () => {
    const buildId = readFileSync(join(process.cwd(), '.next', 'BUILD_ID'), 'utf8').trim()
    for (let i = 0; i < 2; i++) {
      const response = await get('/healthz')
      expect(response.status).toBe(200)
      expect(response.headers.get('cache-control')).toBe('no-store')
      expect(cacheStatus(response)).toBeNull()
      const body = (await response.json()) as { status: string; buildId: string; uptimeSeconds: number }
      expect(body).toMatchObject({ status: 'ok', buildId })
      expect(body.uptimeSeconds).toBeGreaterThanOrEqual(0)
    }
  })
})
