import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { renderSiteConfig } from '../../deploy/nginx/render.mjs'
import { localEmbedder } from './csp'
import { fromFront, mentionsPlaceholder, NONCE_PLACEHOLDER, responseNonce } from './front-nonce'

const KEY = 'k3y-shared-with-the-front_0123'
const template = readFileSync(join(process.cwd(), 'deploy', 'nginx', 'site.conf.template'), 'utf8')

describe('fromFront', () => {
  it.each([
    ['the configured key', KEY, KEY, true],
    ['another key', 'k3y-shared-with-the-front_0124', KEY, false],
    ['a client that only sets the header', '1', KEY, false],
    ['no header', null, KEY, false],
    ['an empty header', '', KEY, false],
    ['no key configured (feature off)', KEY, undefined, false],
    ['a configured key too short to be secret', 'short', 'short', false],
  ] as const)('with %s: %s', (_, header, configured, expected) => {
    expect(fromFront(header, configured)).toBe(expected)
  })
})

describe('mentionsPlaceholder', () => {
  it.each([
    ['https://x.test/calculator?apr=4', false],
    [`https://x.test/calculator?amount=${NONCE_PLACEHOLDER}`, true],
    [`https://x.test/calculator?amount=${NONCE_PLACEHOLDER.toUpperCase()}`, true],
    [`https://x.test/calculator?a=%zz&amount=%73${NONCE_PLACEHOLDER.slice(1)}`, true],
    [`https://x.test/embed/${NONCE_PLACEHOLDER.slice(0, 10)}%2B${NONCE_PLACEHOLDER.slice(10)}`, false],
  ])('%s → %s', (url, expected) => {
    expect(mentionsPlaceholder(url)).toBe(expected)
  })

  it('finds the placeholder however the query percent-encodes it', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (before, after) => {
        const encoded = [...`${before}${NONCE_PLACEHOLDER}${after}`]
          .map((c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
          .join('')
        expect(mentionsPlaceholder(`https://x.test/calculator?amount=${encoded}`)).toBe(true)
      }),
    )
  })
})

describe('responseNonce', () => {
  it('is the placeholder only for the front', () => {
    const url = 'https://x.test/embed/calculator?apr=4'
    expect(responseNonce({ fromFront: true, url })).toBe(NONCE_PLACEHOLDER)
    const direct = [responseNonce({ fromFront: false, url }), responseNonce({ fromFront: false, url })]
    expect(direct[0]).toMatch(/^[A-Za-z0-9+/]{24}$/)
    expect(direct[0]).not.toBe(direct[1])
  })

  it('is a real nonce when the URL spells the placeholder (an echoed placeholder must not become the nonce)', () => {
    const url = `https://x.test/calculator?amount=${NONCE_PLACEHOLDER}`
    expect(responseNonce({ fromFront: true, url })).not.toBe(NONCE_PLACEHOLDER)
  })
})

describe('deploy/nginx/site.conf.template', () => {
  it('replaces the same placeholder the app writes, in the body and in the CSP', () => {
    expect(template).toContain(`sub_filter '${NONCE_PLACEHOLDER}' $request_id;`)
    expect(template).toContain(`(?<sfg_csp_head>.*)'nonce-${NONCE_PLACEHOLDER}'(?<sfg_csp_tail>.*)$`)
    expect(template).toContain(`"~*'nonce-${NONCE_PLACEHOLDER}'" 0;`)
  })

  const render = (frontNonceKey?: string) =>
    renderSiteConfig({
      upstreams: ['127.0.0.1:3000'],
      certificate: 'c.pem',
      certificateKey: 'c.key',
      frontNonceKey,
    })

  it('sends the key only for the per-request pages, and nothing when no key is given', () => {
    const keyed = render(KEY)
    expect(keyed.match(/set \$sfg_nonce_key "[^"]*";/g)).toEqual([
      'set $sfg_nonce_key "";',
      `set $sfg_nonce_key "${KEY}";`,
    ])
    expect(keyed.indexOf(`"${KEY}"`)).toBeGreaterThan(
      keyed.indexOf('location ~ ^/(calculator|embed/calculator|walkthrough)/?$'),
    )
    expect(render().match(/set \$sfg_nonce_key "[^"]*";/g)).toEqual([
      'set $sfg_nonce_key "";',
      'set $sfg_nonce_key "";',
    ])
  })

  it.each(['short', `${KEY}"; return 200 "`, `${KEY} x`])('refuses the key %j', (key) => {
    expect(() => render(key)).toThrow(/FRONT_NONCE_KEY: at least 16 characters/)
  })

  it("keys the widget's copy on a Referer test that the app's localEmbedder always agrees with", () => {
    const source = /map \$http_referer \$sfg_local_embedder \{\s*"~\*([^"]+)" 1;/.exec(template)?.[1]
    expect(source).toBeDefined()
    const nginxLocal = new RegExp(source!, 'i')
    const referers = fc
      .tuple(
        fc.constantFrom('http', 'HTTP', 'https', 'ftp'),
        fc.constantFrom('localhost', 'LocalHost', '127.0.0.1', 'localhost.evil.test', '127.0.0.1.evil.test'),
        fc.constantFrom('', ':8080', ':0', ':x', '@evil.test'),
        fc.constantFrom('', '/', '/page?x=1', '?q', '#f', '.evil.test/'),
      )
      .map((parts) => `${parts[0]}://${parts[1]}${parts[2]}${parts[3]}`)
    fc.assert(
      fc.property(referers, (referer) => {
        expect(nginxLocal.test(referer)).toBe(localEmbedder(referer))
      }),
    )
    expect(nginxLocal.test('http://localhost:4200/host.html')).toBe(true)
  })
})
