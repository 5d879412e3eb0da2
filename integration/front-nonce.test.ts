import { expect, it } from 'vitest'
import { NONCE_PLACEHOLDER } from '@/lib/security/front-nonce'
import { describeFront, stack, unique } from './stack'
import { cacheStatus, getRsc, SECURITY_HEADERS } from './front-requests'

/**
 * Nonce substitution at the front (deploy/README.md): /calculator, /embed/calculator and /walkthrough are
 * stored once per URL with a placeholder nonce and answered with a fresh nonce every time, in the HTML and in
 * the Content-Security-Policy alike; the placeholder never reaches a client.
 */
const nonceOfPolicy = (r: Response) => /'nonce-([^']+)'/.exec(r.headers.get('content-security-policy')!)?.[1]
const noncesOfHtml = (html: string) => new Set([...html.matchAll(/\snonce="([^"]*)"/g)].map((m) => m[1]))

type Answer = { response: Response; html: string }

async function answer(
  path: string,
  headers: Record<string, string> = {},
  base = stack.https,
): Promise<Answer> {
  const response = await fetch(`${base}${path}`, { headers, redirect: 'manual' })
  return { response, html: await response.text() }
}

/** The one nonce this answer uses: in its CSP, on every tag, in its Link header; never the placeholder. */
function expectOwnNonce({ response, html }: Answer): string {
  const nonce = nonceOfPolicy(response)
  expect(nonce).toMatch(/^[A-Za-z0-9+/=]{16,}$/)
  expect(noncesOfHtml(html)).toEqual(new Set([nonce]))
  const link = response.headers.get('link') ?? ''
  for (const [, linked] of link.matchAll(/nonce="([^"]*)"/g)) expect(linked, 'Link nonce').toBe(nonce)
  expectNoPlaceholder({ response, html })
  return nonce!
}

function expectNoPlaceholder({ response, html }: Answer) {
  const needle = NONCE_PLACEHOLDER.toLowerCase()
  expect(html.toLowerCase().includes(needle), 'placeholder in the HTML').toBe(false)
  for (const [name, value] of response.headers) expect(value.toLowerCase(), name).not.toContain(needle)
}

const samePolicy = (a: Response, b: Response) =>
  expect(a.headers.get('content-security-policy')!.replace(nonceOfPolicy(a)!, 'N')).toBe(
    b.headers.get('content-security-policy')!.replace(nonceOfPolicy(b)!, 'N'),
  )

describeFront('the nginx front: per-request pages stored once, a fresh nonce on every answer', () => {
  it.each([
    [`/embed/calculator?apr=4&amount=100&days=365&compounding=1&v=${unique()}`, '104.00'],
    [`/calculator?apr=4&amount=100&days=365&compounding=1&v=${unique()}`, '104.00'],
    // The walkthrough redirects unknown parameters to its canonical URL: a network this suite visits once.
    ['/walkthrough?network=cosmos', 'Cosmos'],
  ])('%s: MISS then HIT, each answer with its own nonce and every header kept', async (path, text) => {
    const answers = [await answer(path), await answer(path), await answer(path)]
    expect(answers.map((a) => cacheStatus(a.response))).toEqual(['MISS', 'HIT', 'HIT'])
    const nonces = answers.map(expectOwnNonce)
    expect(new Set(nonces).size).toBe(3)
    for (const { response, html } of answers) {
      expect(response.status).toBe(200)
      expect(html.includes(text), text).toBe(true)
      // Only this front may store the page: browsers and CDNs are told not to.
      expect(response.headers.get('cache-control')).toBe('private, no-store')
    }
    const [miss, hit] = answers.map((a) => a.response) as [Response, Response]
    for (const header of SECURITY_HEADERS) expect(hit.headers.get(header), header).toBeTruthy()
    for (const header of SECURITY_HEADERS.filter((h) => h !== 'content-security-policy'))
      expect(hit.headers.get(header), header).toBe(miss.headers.get(header))
    samePolicy(miss, hit)
    // The HTML is the same page apart from the nonce.
    const sameHtml =
      answers[1]!.html.replaceAll(nonces[1]!, 'N') === answers[0]!.html.replaceAll(nonces[0]!, 'N')
    expect(sameHtml, 'the same HTML apart from the nonce').toBe(true)
  })

  it('caches different queries apart, each with its own result', async () => {
    const visit = unique()
    const four = `/embed/calculator?apr=4&amount=100&days=365&compounding=1&v=${visit}`
    const five = `/embed/calculator?apr=5&amount=100&days=365&compounding=1&v=${visit}`
    const first = [await answer(four), await answer(five)]
    const again = [await answer(four), await answer(five)]
    expect(first.map((a) => cacheStatus(a.response))).toEqual(['MISS', 'MISS'])
    expect(again.map((a) => cacheStatus(a.response))).toEqual(['HIT', 'HIT'])
    for (const a of [first[0]!, again[0]!]) expect(a.html.includes('104.00')).toBe(true)
    for (const a of [first[1]!, again[1]!]) expect(a.html.includes('105.00')).toBe(true)
    const withoutNonce = (a: Answer) => a.html.replaceAll(nonceOfPolicy(a.response)!, 'N')
    expect(withoutNonce(again[0]!)).toBe(withoutNonce(first[0]!))
    expect(withoutNonce(again[1]!)).toBe(withoutNonce(first[1]!))
    expect(withoutNonce(first[1]!) === withoutNonce(first[0]!)).toBe(false)
  })

  it('never serves the RSC payload as the page nor the page as the RSC payload (payloads are not stored)', async () => {
    const path = `/calculator?apr=6&v=${unique()}`
    await answer(path)
    const variants: Record<string, string>[] = [{ rsc: '1' }, { rsc: '1', 'next-router-prefetch': '1' }]
    for (const headers of variants) {
      const rsc = await getRsc(path, headers)
      expect(rsc.headers.get('content-type')).toMatch(/text\/x-component/)
      expect(cacheStatus(rsc)).toBe('MISS')
    }
    const page = await answer(path)
    expect(cacheStatus(page.response)).toBe('HIT')
    expect(page.response.headers.get('content-type')).toMatch(/text\/html/)
    expectOwnNonce(page)
  })

  it('keys the widget on a local Referer: http://localhost ancestors only for the page that asked', async () => {
    const path = `/embed/calculator?apr=4&v=${unique()}`
    const referer = { referer: 'http://localhost:4200/host.html' }
    const local = [await answer(path, referer), await answer(path, referer)]
    const plain = [await answer(path), await answer(path)]
    expect(local.map((a) => cacheStatus(a.response))).toEqual(['MISS', 'HIT'])
    expect(plain.map((a) => cacheStatus(a.response))).toEqual(['MISS', 'HIT'])
    const ancestors = (a: Answer) =>
      /frame-ancestors ([^;]*)/.exec(a.response.headers.get('content-security-policy')!)?.[1]
    for (const a of local) expect(ancestors(a)).toBe("'self' https: http://localhost:* http://127.0.0.1:*")
    for (const a of plain) expect(ancestors(a)).toBe("'self' https:")
    // A Referer that merely looks local is neither keyed as local nor passed to the app.
    const lookalike = await answer(path, { referer: 'http://localhost.evil.test/' })
    expect(cacheStatus(lookalike.response)).toBe('HIT')
    expect(ancestors(lookalike)).toBe("'self' https:")
  })

  it('answers a URL that spells the placeholder with a real nonce and never stores it', async () => {
    const path = `/calculator?amount=${NONCE_PLACEHOLDER}&v=${unique()}`
    const answers = [await answer(path), await answer(path)]
    expect(answers.map((a) => cacheStatus(a.response))).toEqual(['MISS', 'MISS'])
    const nonces = answers.map(expectOwnNonce)
    expect(nonces[0]).not.toBe(nonces[1])
  })

  it('overwrites a client-sent placeholder header: other pages keep their real nonce', async () => {
    for (const value of ['1', process.env.STACK_FRONT_NONCE_KEY!]) {
      const missing = await answer(`/no-such-page-${unique()}`, { 'x-csp-nonce-placeholder': value })
      expect(missing.response.status).toBe(404)
      expect(nonceOfPolicy(missing.response)).toMatch(/^[A-Za-z0-9+/=]{16,}$/)
      expect(nonceOfPolicy(missing.response)).not.toBe(NONCE_PLACEHOLDER)
      expectNoPlaceholder(missing)
    }
  })

  it('ignores the header on a direct request unless it carries the key shared with the front', async () => {
    const path = `/embed/calculator?apr=4&v=${unique()}`
    for (const value of ['1', 'x'.repeat(32)]) {
      const direct = await answer(path, { 'x-csp-nonce-placeholder': value }, stack.direct)
      expect(direct.response.headers.get('cache-control')).toBe('private, no-store')
      expectOwnNonce(direct)
    }
    const withKey = await answer(
      path,
      { 'x-csp-nonce-placeholder': process.env.STACK_FRONT_NONCE_KEY! },
      stack.direct,
    )
    expect(nonceOfPolicy(withKey.response)).toBe(NONCE_PLACEHOLDER)
    expect(withKey.response.headers.get('cache-control')).toBe('private, no-store')
  })
})
