import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { SCENARIO_PARAMS, WIDGET_PARAMS } from '@/lib/scenario/params'
import { stack } from './stack'

/**
 * HTTP fuzz on loopback: a few thousand generated query strings against every route that renders from its URL.
 * None may answer 5xx, none may reflect markup from the query into the page, and every answer is an HTML page
 * with a message. Add a route to FUZZED_ROUTES to fuzz it; a route that does not exist on this build (404 for
 * its plain URL) is reported and skipped.
 */
export const FUZZED_ROUTES = ['/calculator', '/embed/calculator', '/walkthrough', '/search']
const RUNS_PER_ROUTE = Number(process.env.FUZZ_RUNS ?? 150)
const CONCURRENCY = 8
const MARK = 'fuzzmark'

// The public parameters, the walkthrough's and the router's own, then arbitrary names.
const PARAMS = [...SCENARIO_PARAMS, ...WIDGET_PARAMS, 'q', 'step', 'choice', 'stake', 'address', '_rsc']
const HOSTILE = [
  `<script>${MARK}()</script>`,
  `"><img src=x onerror=${MARK}>`,
  `'><svg onload=${MARK}>`,
  `javascript:${MARK}`,
  `</title><${MARK}>`,
  `{{${MARK}}}`,
  `\${${MARK}}`,
  '%zz',
  '%',
  '%E0%A4%A',
  '%00',
  '\u0000',
  '\ud800',
  'NaN',
  'Infinity',
  '-0',
  '1e308',
  '1e-400',
  '0x10',
  '１２',
  '9'.repeat(400),
]
const value = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.double().map(String),
  fc.integer().map(String),
  fc.constant(''),
)
const pair = fc.tuple(fc.oneof(fc.constantFrom(...PARAMS), fc.string({ maxLength: 8 })), value, fc.boolean())

/** Percent-encodes what may not appear raw in a request target (keeping `%`, so malformed escapes get through). */
function toTarget(raw: string): string {
  let out = ''
  for (const char of raw) {
    if (/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?%]$/.test(char)) out += char
    else
      out += [...Buffer.from(char, 'utf8')]
        .map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`)
        .join('')
  }
  return out
}

const query = fc
  .array(pair, { minLength: 1, maxLength: 6 })
  .map((pairs) =>
    pairs.map(([k, v, bare]) => (bare ? toTarget(k) : `${toTarget(k)}=${toTarget(v)}`)).join('&'),
  )

const REFLECTED = new RegExp(`<(script|img|svg)[^>]*${MARK}|<${MARK}|on(error|load)=${MARK}`, 'i')

async function inBatches<T>(items: T[], run: (item: T) => Promise<void>) {
  for (let i = 0; i < items.length; i += CONCURRENCY)
    await Promise.all(items.slice(i, i + CONCURRENCY).map(run))
}

const available: string[] = []
beforeAll(async () => {
  for (const route of FUZZED_ROUTES) {
    const response = await fetch(`${stack.direct}${route}`)
    if (response.status === 404) console.warn(`fuzz: ${route} does not exist on this build; skipped`)
    else available.push(route)
  }
})

describe('HTTP fuzz of the routes that render from their URL', () => {
  it(
    `${RUNS_PER_ROUTE} query strings per route: no 5xx, no reflected markup, always a page with a message`,
    async () => {
      expect(available.length).toBeGreaterThanOrEqual(3)
      const targets = available.flatMap((route, i) =>
        fc.sample(query, { numRuns: RUNS_PER_ROUTE, seed: 1300 + i }).map((q) => `${route}?${q}`),
      )
      const failures: string[] = []
      const statuses = new Map<number, number>()
      let sent = 0
      const started = Date.now()
      await inBatches(targets, async (target) => {
        const origin = stack.upstreams[sent++ % stack.upstreams.length]
        const response = await fetch(`${origin}${target}`, { redirect: 'manual' })
        const body = await response.text()
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1)
        const location = response.headers.get('location')
        if (response.status >= 500) failures.push(`${response.status} ${target}`)
        else if (location !== null && !/^\/(?!\/)/.test(location))
          failures.push(`redirect off the site (${location}): ${target}`)
        else if (REFLECTED.test(body)) failures.push(`reflected markup: ${target}`)
        else if (response.status < 300 && !/<h1[\s>]|role="alert"|<main[\s>]/.test(body))
          failures.push(`no page with a message: ${response.status} ${target}`)
      })
      const seconds = ((Date.now() - started) / 1000).toFixed(1)
      console.log(
        `fuzz: ${targets.length} requests in ${seconds} s on ${available.join(', ')}; statuses ${JSON.stringify(Object.fromEntries(statuses))}`,
      )
      expect(failures.slice(0, 20)).toEqual([])
    },
    Math.max(170_000, RUNS_PER_ROUTE * FUZZED_ROUTES.length * 400),
  )
})
