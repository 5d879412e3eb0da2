#!/usr/bin/env node
// The load part of the bench (autocannon), shared by scripts/bench/run.mjs and runnable alone:
//   npm run bench:load   # BENCH_SECONDS (10), BENCH_CONNECTIONS (50), BENCH_PORTS (next,next,http,https,static),
//                        # BENCH_PAGES (e.g. "embed URL,calculator"; default all), BENCH_ROUNDS (default 1)
// Alone it starts the stack (two app servers running server.mjs, the nginx front, the same nginx serving static
// copies) and prints a table: each page directly, through the front (article, embed URL and calculator: cache
// HITs) and as a static file, with the front ÷ static ratio. BENCH_NONCE_SUBSTITUTION=0 runs the front without the key it shares with
// the app (per-request pages passed through, as before nonce substitution) for a before/after comparison.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import autocannon from 'autocannon'
import { median } from './rounds.mjs'

export const ARTICLE = 'how-staking-works'
export const EMBED = '/embed/calculator?amount=32&apr=4&compact=1'
export const CALCULATOR = '/calculator?amount=32&apr=4'

/** Pages whose HTML the same nginx also serves as a static file: [page, file name, path]. */
const STATIC_COPIES = [
  ['article', `${ARTICLE}.html`, `/learn/${ARTICLE}`],
  ['embed URL', 'embed.html', EMBED],
  ['calculator', 'calculator.html', CALCULATOR],
]

/** Writes what the front serves for each page into `staticRoot`, as the static-file baseline. */
export async function writeStaticCopies(frontUrl, staticRoot) {
  mkdirSync(staticRoot, { recursive: true })
  for (const [, file, path] of STATIC_COPIES)
    writeFileSync(join(staticRoot, file), await (await fetch(frontUrl + path)).text())
}

/** [page, via, url] for every load run; `floorUrl` adds the bare-framework article. */
export function loadTargets({ direct, front, staticUrl, floorUrl, nonceSubstitution = true }) {
  const perRequestFront = nonceSubstitution ? 'front (cached, re-nonced)' : 'front (no key: passed through)'
  return [
    ['article', 'direct', `${direct}/learn/${ARTICLE}`],
    ['article', 'front (cached)', `${front}/learn/${ARTICLE}`],
    ['article', 'static file (same nginx)', staticUrl(`${ARTICLE}.html`)],
    ...(floorUrl ? [['article', 'floor: bare Next + MDX, direct', floorUrl]] : []),
    ['embed URL', 'direct', direct + EMBED],
    ['embed URL', perRequestFront, front + EMBED],
    ['embed URL', 'static file (same nginx)', staticUrl('embed.html')],
    ['calculator', 'direct', direct + CALCULATOR],
    ['calculator', perRequestFront, front + CALCULATOR],
    ['calculator', 'static file (same nginx)', staticUrl('calculator.html')],
  ]
}

/**
 * One autocannon run; also how many of its connections never got an answer in the whole run. A saturated Node
 * server takes one new connection per turn of its event loop (libuv 1.46 accepts once per readiness event, no
 * longer until the queue is empty), and a turn serves every connection it already has, so under load the last
 * connections opened wait in the kernel's queue, time out and are counted as errors while the others are served.
 */
function autocannonRun(url, connections, seconds) {
  return new Promise((resolve, reject) => {
    const answered = new Set()
    const run = autocannon(
      { url, connections, duration: seconds, headers: { 'accept-encoding': 'gzip' } },
      (error, result) =>
        error ? reject(error) : resolve({ ...result, unanswered: connections - answered.size }),
    )
    run.on('response', (client) => answered.add(client))
  })
}

/**
 * After a run against an app server itself, its queue of accepted requests is still being rendered: wait until
 * its /healthz answers quickly (at most 20 s), so the next run does not share the CPU with that tail.
 */
async function settle(url) {
  if (!url.startsWith('http:')) return
  const deadline = Date.now() + 20_000
  while (Date.now() < deadline) {
    const started = Date.now()
    await fetch(`${new URL(url).origin}/healthz`).then(
      (r) => r.arrayBuffer(),
      () => undefined,
    )
    if (Date.now() - started < 50) return
    await new Promise((r) => setTimeout(r, 500))
  }
}

/**
 * Fetches `url` once before a run; through the front, until the cache answers HIT (at most 5 s). A copy older than
 * its 10 minutes comes back STALE while the front refreshes it in the background: the run then measured the
 * refresh (a render on the app server, sharing the CPU) instead of the cache (issue 13: an embed URL at 0.65× the
 * static file in one run that started STALE, 0.84–0.90× in three that started HIT).
 */
async function warmUp(url) {
  const deadline = Date.now() + 5_000
  for (;;) {
    const response = await fetch(url, { headers: { 'accept-encoding': 'gzip' } })
    await response.arrayBuffer()
    const status = response.headers.get('x-cache-status')
    if (status === null || status === 'HIT' || Date.now() > deadline) return status ?? ''
    await new Promise((r) => setTimeout(r, 200))
  }
}

/** One load run; through the front, also what the cache answered just before it (HIT expected). */
export async function measureLoad({ page, via, url, connections, seconds, round = 0 }) {
  const cache = await warmUp(url)
  const r = await autocannonRun(url, connections, seconds)
  await settle(url)
  return {
    page,
    via,
    connections,
    round,
    cache,
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
    unanswered: r.unanswered,
    bytesPerRequest: r.requests.total ? r.throughput.total / r.requests.total : 0,
  }
}

const staticOf = (results, l) =>
  results.find(
    (s) =>
      s.page === l.page &&
      s.connections === l.connections &&
      (s.round ?? 0) === (l.round ?? 0) &&
      s.via.startsWith('static'),
  )

/** "0.93×" for a run against the static file of the same page, connections and round. */
export function ratioToStatic(results, l) {
  const base = staticOf(results, l)
  return base?.rps ? `${(l.rps / base.rps).toFixed(2)}×` : '–'
}

/** Per page and way in: the median over rounds of (req/s ÷ the same round's static req/s). */
export function medianRatios(results) {
  const groups = new Map()
  for (const l of results) {
    const base = staticOf(results, l)
    if (!base?.rps || l === base) continue
    const key = `${l.page} | ${l.via}`
    groups.set(key, [...(groups.get(key) ?? []), l.rps / base.rps])
  }
  return [...groups].map(([key, ratios]) => {
    const sorted = ratios.sort((a, b) => a - b)
    return { key, median: median(sorted), ratios: sorted }
  })
}

async function main() {
  const { makeCertificates, startStack } = await import('../integration/stack.mjs')
  const root = process.cwd()
  const seconds = Number(process.env.BENCH_SECONDS ?? 10)
  const connections = Number(process.env.BENCH_CONNECTIONS ?? 50)
  const [next1, next2, http, https, staticPort] = (process.env.BENCH_PORTS ?? '3121,3122,8480,8843,8490')
    .split(',')
    .map(Number)
  const tlsDir = join(root, '.bench', 'tls-load')
  mkdirSync(tlsDir, { recursive: true })
  const certificates = makeCertificates(tlsDir)
  const staticRoot = join(root, '.bench', 'static-load')
  const nonceSubstitution = process.env.BENCH_NONCE_SUBSTITUTION !== '0'
  const stack = await startStack({
    nextPorts: [next1, next2],
    httpPort: http,
    httpsPort: https,
    staticSite: { port: staticPort, root: staticRoot },
    certificates,
    nonceSubstitution,
  })
  try {
    if (stack.frontUnavailable) throw new Error(`The load bench needs nginx: ${stack.frontUnavailable}`)
    // Node reads NODE_EXTRA_CA_CERTS only at start (run.mjs starts itself again for that); this loopback-only
    // run accepts its own throwaway certificate instead.
    process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'
    await writeStaticCopies(stack.https, staticRoot)
    const staticUrl = (file) => `https://localhost:${staticPort}/${file}`
    const results = []
    const pages = process.env.BENCH_PAGES?.split(',').map((p) => p.trim())
    const targets = loadTargets({ direct: stack.direct, front: stack.https, staticUrl, nonceSubstitution })
    // Rounds alternate the runs, so a change in the machine's load shows up in every column alike.
    for (let round = 0; round < Number(process.env.BENCH_ROUNDS ?? 1); round++) {
      for (const [page, via, url] of targets.filter(([page]) => !pages || pages.includes(page))) {
        console.error(`load ${page} ${via} ${connections} connections, ${seconds} s …`)
        results.push(await measureLoad({ page, via, url, connections, seconds, round }))
      }
    }
    console.log(
      '| round | page | via | cache | conns | req/s | p50 ms | p99 ms | errors | non-2xx | never answered | KB/req | ÷ static |',
    )
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |')
    for (const l of results)
      console.log(
        `| ${l.round + 1} | ${l.page} | ${l.via} | ${l.cache || '–'} | ${l.connections} | ${Math.round(l.rps)} | ${l.p50} | ${l.p99} | ${l.errors} | ${l.non2xx} | ${l.unanswered ?? '–'} | ${(l.bytesPerRequest / 1024).toFixed(1)} | ${ratioToStatic(results, l)} |`,
      )
    console.log('\nMedian ÷ static over rounds (each round against its own static run):')
    for (const { key, median, ratios } of medianRatios(results))
      console.log(`- ${key}: ${median.toFixed(2)}× (${ratios.map((r) => r.toFixed(2)).join(', ')})`)
  } finally {
    await stack.stop()
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main()
