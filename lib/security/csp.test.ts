import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { localEmbedder, contentSecurityPolicy, inlineCode, sha256Source } from './csp'
import { routeOfHtmlFile } from './manifest'

const directives = (policy: string) =>
  new Map(policy.split('; ').map((d) => [d.split(' ')[0]!, d.split(' ').slice(1)] as const))

describe('contentSecurityPolicy', () => {
  const hashes = [sha256Source('alert(1)')]

  it('allows scripts only from this origin, by hash or nonce, never unsafe-inline or unsafe-eval', () => {
    const policy = directives(
      contentSecurityPolicy({ scripts: { hashes, nonce: 'abc' }, styleHashes: [], framable: false }),
    )
    expect(policy.get('script-src')).toEqual([
      "'self'",
      "'wasm-unsafe-eval'",
      "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='",
      "'nonce-abc'",
    ])
    expect(policy.get('default-src')).toEqual(["'none'"])
    expect(policy.get('object-src')).toEqual(["'none'"])
    expect(policy.get('base-uri')).toEqual(["'none'"])
    expect(policy.get('form-action')).toEqual(["'self'"])
    expect(policy.get('style-src')).toEqual(["'self'"])
  })

  it('forbids framing except for the widget, which any https page may frame', () => {
    const page = directives(contentSecurityPolicy({ scripts: { hashes }, styleHashes: [], framable: false }))
    const widget = directives(contentSecurityPolicy({ scripts: { hashes }, styleHashes: [], framable: true }))
    expect(page.get('frame-ancestors')).toEqual(["'none'"])
    expect(widget.get('frame-ancestors')).toEqual(["'self'", 'https:'])
  })

  it('lets an http page on this machine frame the widget only when that page asks (local testing)', () => {
    const local = directives(
      contentSecurityPolicy({ scripts: { hashes }, styleHashes: [], framable: true, localAncestors: true }),
    )
    expect(local.get('frame-ancestors')).toEqual([
      "'self'",
      'https:',
      'http://localhost:*',
      'http://127.0.0.1:*',
    ])
    const page = directives(
      contentSecurityPolicy({ scripts: { hashes }, styleHashes: [], framable: false, localAncestors: true }),
    )
    expect(page.get('frame-ancestors')).toEqual(["'none'"])
  })

  it.each([
    ['http://localhost:8080/test.html', true],
    ['http://127.0.0.1:5500/', true],
    ['https://localhost/', false],
    ['http://example.org/', false],
    ['http://localhost.example.org/', false],
    ['not a url', false],
  ])('treats a Referer of %s as a local embedder: %s', (referer, local) => {
    expect(localEmbedder(referer)).toBe(local)
  })

  it('treats a request without a Referer as not local', () => {
    expect(localEmbedder(null)).toBe(false)
  })

  it('loosens script-src only for next dev', () => {
    const dev = contentSecurityPolicy({
      scripts: { hashes: [] },
      styleHashes: [],
      framable: false,
      development: true,
    })
    expect(directives(dev).get('script-src')).toContain("'unsafe-eval'")
    const prod = contentSecurityPolicy({ scripts: { hashes: [] }, styleHashes: [], framable: false })
    expect(prod).not.toContain("'unsafe-eval'")
    expect(directives(prod).get('script-src')).not.toContain("'unsafe-inline'")
  })
})

describe('inlineCode', () => {
  it('finds the scripts a browser runs inline and the inline styles', () => {
    const html = `<head><script>a()</script><script src="/x.js" async=""></script><style data-href="f">p{}</style>
      <script type="application/ld+json">{"@type":"Article"}</script><script id="_R_">b()</script>
      <script type="module">c()</script></head>`
    expect(inlineCode(html)).toEqual({ scripts: ['a()', 'b()', 'c()'], styles: ['p{}'] })
  })

  it('returns every inline script body exactly as written, so its hash matches what the browser computes', () => {
    const body = fc.string({ unit: 'grapheme' }).filter((s) => !/<\/script/i.test(s))
    fc.assert(
      fc.property(fc.array(body, { maxLength: 5 }), (bodies) => {
        const html = bodies.map((b) => `<p>x</p><script>${b}</script>`).join('')
        expect(inlineCode(html).scripts).toEqual(bodies)
      }),
    )
  })
})

describe('routeOfHtmlFile', () => {
  it('maps prerendered files to the routes they answer', () => {
    expect(routeOfHtmlFile('index.html')).toBe('/')
    expect(routeOfHtmlFile('learn.html')).toBe('/learn')
    expect(routeOfHtmlFile('learn/apr-vs-apy.html')).toBe('/learn/apr-vs-apy')
    expect(routeOfHtmlFile('_not-found.html')).toBe('/_not-found')
  })
})
