import { describe, expect, it } from 'vitest'
import { cacheStatus, getThroughFront, SECURITY_HEADERS } from './front-requests'
import { describeFront, stack, unique } from './stack'
import { weakEtag } from '@/lib/security/manifest'

const direct = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${stack.direct}${path}`, { headers, redirect: 'manual' })

/**
 * Prerendered pages' ETags come from the build (lib/http/etag.ts, proxy.ts), not from Next.js hashing the page
 * on every request: each is the tag of the HTML actually served, and a conditional request that lists it gets
 * 304 with the page's headers and no body, directly and through the nginx front.
 */
describe('ETags of prerendered pages (direct)', () => {
  it('tags an article with the weak tag of the very HTML it sends', async () => {
    const response = await direct('/learn/how-staking-works')
    const body = await response.text()
    expect(response.status).toBe(200)
    expect(response.headers.get('etag')).toMatch(/^W\/"[A-Za-z0-9_-]{22}"$/)
    expect(response.headers.get('etag')).toBe(weakEtag(body))
  })

  it('answers 304, with no body and the same headers, when the reader already has that page', async () => {
    const first = await direct('/learn/apr-vs-apy')
    await first.text()
    const etag = first.headers.get('etag')!
    for (const ifNoneMatch of [etag, `"other", ${etag}`, etag.replace(/^W\//, '')]) {
      const again = await direct('/learn/apr-vs-apy', { 'if-none-match': ifNoneMatch })
      expect(again.status, ifNoneMatch).toBe(304)
      expect(await again.text()).toBe('')
      expect(again.headers.get('etag')).toBe(etag)
      expect(again.headers.get('cache-control')).toBe(first.headers.get('cache-control'))
      expect(again.headers.get('content-security-policy')).toBe(first.headers.get('content-security-policy'))
    }
  })

  it('sends the page in full for a tag it does not have, and gives each page its own tag', async () => {
    const stale = await direct('/learn/apr-vs-apy', { 'if-none-match': 'W/"AAAAAAAAAAAAAAAAAAAAAA"' })
    expect(stale.status).toBe(200)
    expect((await stale.text()).length).toBeGreaterThan(1000)
    const tags = await Promise.all(
      ['/', '/learn/apr-vs-apy', '/learn/how-staking-works', '/glossary'].map(async (path) => {
        const response = await direct(path)
        await response.text()
        return response.headers.get('etag')
      }),
    )
    expect(new Set(tags).size).toBe(4)
  })

  it('tags neither pages rendered per request nor router payloads with a page tag', async () => {
    const calculator = await direct('/calculator?amount=10')
    await calculator.text()
    expect(calculator.headers.get('etag')).toBeNull()
    const page = await direct('/learn/apr-vs-apy')
    await page.text()
    const rsc = await direct('/learn/apr-vs-apy', { rsc: '1' })
    await rsc.arrayBuffer()
    expect(rsc.headers.get('etag')).not.toBe(page.headers.get('etag'))
  })
})

describeFront('ETags through the nginx front', () => {
  it('keeps the tag on a cached page and answers a conditional request with 304', async () => {
    const path = `/learn/apr-vs-apy?etag=${unique()}`
    const first = await getThroughFront(path)
    await first.text()
    const second = await getThroughFront(path)
    await second.text()
    expect(cacheStatus(second)).toBe('HIT')
    const etag = second.headers.get('etag')!
    expect(etag).toMatch(/^W\/"[A-Za-z0-9_-]{22}"$/)
    expect(etag).toBe(first.headers.get('etag'))
    const conditional = await getThroughFront(path, { 'if-none-match': etag })
    expect(conditional.status).toBe(304)
    expect(await conditional.text()).toBe('')
    for (const header of SECURITY_HEADERS) expect(conditional.headers.get(header), header).toBeTruthy()
  })
})
