#!/usr/bin/env node
// `npm run bench`: the whole benchmark in one sitting, written to bench/RESULTS.md. Needs `npm run build`.
// 1. builds the framework floor (bench/reference: a bare Next 16 + MDX page of one of our articles);
// 2. starts two production servers (server.mjs), the nginx front (deploy/nginx), a static-file server on the same nginx
//    and the floor;
// 3. per route: bytes on first load (Chromium network log), Lighthouse mobile + desktop (median of runs, taken in
//    rounds with the floors so that every comparison with the floor is paired within a round);
// 4. load with autocannon (50 and 200 connections) directly, through the front and as a static file.
// Environment: BENCH_RUNS (Lighthouse rounds, default 5), BENCH_SECONDS (per load run, default 20),
// BENCH_SKIP_REFERENCE_BUILD=1 (reuse .bench/reference-app).
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, totalmem } from 'node:os'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import { format, resolveConfig } from 'prettier'
import { findNginx, makeCertificates, startStack, waitFor } from '../integration/stack.mjs'
import { CHROMIUM_ARGS } from '../find-chromium.mjs'
import { requireChromium } from './browser.mjs'
import { ARTICLE, EMBED, loadTargets, measureLoad, writeStaticCopies } from './load.mjs'
import { lighthouseRun, lighthouseSummary, transferSizes } from './measure.mjs'
import { pairedMedianDelta, roundRobin } from './rounds.mjs'
import { resultsMarkdown } from './report.mjs'

const root = process.cwd()
const RUNS = Number(process.env.BENCH_RUNS ?? 5)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20)
const ROUTES = [
  '/',
  `/learn/${ARTICLE}`,
  '/learn/apr-vs-apy',
  '/calculator',
  EMBED,
  '/walkthrough',
  '/glossary',
]
const PORTS = { next: [3121, 3122], floor: 3125, floorMathml: 3126, http: 8480, https: 8843, static: 8490 }

const log = (...args) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...args)

/**
 * Builds the floor in `.bench/reference-app`, or with `mathml` a second copy in `.bench/reference-mathml` that draws
 * the maths as the site does (MathML only: no KaTeX stylesheet, no KaTeX fonts). KaTeX's fonts are found by its
 * stylesheet, so Lighthouse's simulation counts them as render-blocking: they hold the floor's estimated first
 * paint back past its layout and hydration, which lowers its counted blocking time. The second floor shows how much.
 */
function buildFloor(variant = 'katex') {
  const app = join(root, '.bench', variant === 'mathml' ? 'reference-mathml' : 'reference-app')
  if (process.env.BENCH_SKIP_REFERENCE_BUILD === '1' && existsSync(join(app, '.next', 'BUILD_ID'))) return app
  rmSync(app, { recursive: true, force: true })
  cpSync(join(root, 'bench', 'reference'), app, { recursive: true })
  cpSync(join(root, 'content', `${ARTICLE}.mdx`), join(app, 'app', 'article.mdx'))
  if (variant === 'mathml') {
    const edit = (file, from, to) => {
      const text = readFileSync(join(app, file), 'utf8')
      if (!text.includes(from)) throw new Error(`bench/reference/${file} no longer contains ${from}`)
      writeFileSync(join(app, file), text.replace(from, to))
    }
    edit('next.config.mjs', "output: 'htmlAndMathml'", "output: 'mathml'")
    edit('app/layout.jsx', "import 'katex/dist/katex.min.css'\n", '')
  }
  log(`building the floor (bare Next + MDX${variant === 'mathml' ? ', MathML maths' : ''}) …`)
  execFileSync(process.execPath, [join(root, 'node_modules/next/dist/bin/next'), 'build'], {
    cwd: app,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', SITE_ROOT: '../..' },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  return app
}

const version = (command, args) => {
  try {
    // nginx -v prints to stderr; Debian's chromium wrapper prints its own shell warnings there, so stdout wins
    const child = spawnSync(command, args, { encoding: 'utf8' })
    return (child.stdout.trim() || child.stderr.trim()).split('\n')[0]
  } catch (error) {
    return String(error.stderr ?? error.message).trim()
  }
}
const packageVersion = (name) =>
  JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version

if (!existsSync(join(root, '.next', 'csp-manifest.json'))) {
  console.error('Run `npm run build` first.')
  process.exit(1)
}
// Checked before any server starts, so a machine without nginx leaves nothing running behind it.
if (!findNginx()) {
  console.error(
    'The bench needs nginx: run `bash scripts/ensure-nginx.sh` (as root), or `apt-get install -y nginx`.',
  )
  process.exit(1)
}
// Node reads NODE_EXTRA_CA_CERTS only at start: make the throwaway CA, then run again with it trusted.
const tlsDir = join(root, '.bench', 'tls')
if (!process.env.BENCH_TLS_READY) {
  rmSync(tlsDir, { recursive: true, force: true })
  mkdirSync(tlsDir, { recursive: true })
  const certs = makeCertificates(tlsDir)
  const child = spawnSync(process.execPath, process.argv.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, BENCH_TLS_READY: '1', NODE_EXTRA_CA_CERTS: certs.ca },
  })
  process.exit(child.status ?? 1)
}
const certificates = {
  ca: join(tlsDir, 'ca.pem'),
  certificate: join(tlsDir, 'localhost.pem'),
  key: join(tlsDir, 'localhost.key'),
}
const startedAt = new Date()
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB; load average at start ${loadavg()
  .map((n) => n.toFixed(1))
  .join(' / ')}`
const floorApp = buildFloor()
const floorMathmlApp = buildFloor('mathml')
const staticRoot = join(root, '.bench', 'static')
mkdirSync(staticRoot, { recursive: true })
const stack = await startStack({
  nextPorts: PORTS.next,
  httpPort: PORTS.http,
  httpsPort: PORTS.https,
  staticSite: { port: PORTS.static, root: staticRoot },
  certificates,
})
if (stack.frontUnavailable) {
  await stack.stop()
  throw new Error(`The bench needs nginx: ${stack.frontUnavailable}`)
}
const startFloor = (app, port) =>
  spawn(process.execPath, [join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port)], {
    cwd: app,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
const floor = startFloor(floorApp, PORTS.floor)
const floorMathml = startFloor(floorMathmlApp, PORTS.floorMathml)
const floorUrl = `http://localhost:${PORTS.floor}/`
const floorMathmlUrl = `http://localhost:${PORTS.floorMathml}/`
const staticUrl = (file) => `https://localhost:${PORTS.static}/${file}`
try {
  await Promise.all([waitFor(floorUrl, 'the floor'), waitFor(floorMathmlUrl, 'the MathML floor')])
  // The static copies: exactly the HTML the front serves for the article, the embed URL and the calculator.
  await writeStaticCopies(stack.https, staticRoot)

  log('page weights …')
  const browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS })
  const weights = {}
  for (const route of ROUTES) weights[route] = await transferSizes(browser, stack.direct + route)
  weights.floor = await transferSizes(browser, floorUrl)
  await browser.close()

  // Lighthouse in rounds: every route and both floors once per round (mobile, then desktop; the MathML floor
  // mobile only), so a route and the floor it is compared with always run minutes apart, never a whole route's
  // runs before the other's while the shared machine's load drifts. "TBT Δ floor" is then paired per round.
  const pages = [
    ...ROUTES.map((r) => [r, stack.direct + r]),
    ['floor', floorUrl],
    ['floor-mathml', floorMathmlUrl],
  ]
  const jobs = pages.flatMap(([name, url]) => [
    { name, url, desktop: false },
    ...(name === 'floor-mathml' ? [] : [{ name, url, desktop: true }]),
  ])
  const runsOf = new Map(jobs.map((job) => [job, []]))
  for (const { job, round } of roundRobin(jobs, RUNS)) {
    log(`Lighthouse round ${round + 1}/${RUNS} ${job.name} ${job.desktop ? 'desktop' : 'mobile'} …`)
    runsOf.get(job).push(lighthouseRun(job.url, { desktop: job.desktop, index: round }))
  }
  const lighthouseResults = {}
  for (const [name] of pages) {
    const summary = (desktop) => {
      const job = jobs.find((j) => j.name === name && j.desktop === desktop)
      return job ? lighthouseSummary(runsOf.get(job)) : null
    }
    lighthouseResults[name] = { mobile: summary(false), desktop: summary(true) }
  }
  for (const [name] of pages)
    lighthouseResults[name].mobile.tbtDeltaFloor = pairedMedianDelta(
      lighthouseResults[name].mobile.tbts,
      lighthouseResults.floor.mobile.tbts,
    )

  const targets = loadTargets({ direct: stack.direct, front: stack.https, staticUrl, floorUrl })
  const loadResults = []
  for (const connections of [50, 200]) {
    for (const [page, via, url] of targets) {
      log(`load ${page} ${via} ${connections} connections …`)
      loadResults.push(await measureLoad({ page, via, url, connections, seconds: SECONDS }))
    }
  }

  const markdown = resultsMarkdown({
    date: startedAt.toISOString(),
    minutes: ((Date.now() - startedAt.getTime()) / 60000).toFixed(1),
    machine,
    versions: {
      node: process.version,
      next: packageVersion('next'),
      react: packageVersion('react'),
      lighthouse: packageVersion('lighthouse'),
      autocannon: packageVersion('autocannon'),
      nginx: version(stack.nginx ?? 'nginx', ['-v']),
      chromium: version(requireChromium(), ['--version']),
    },
    runs: RUNS,
    seconds: SECONDS,
    routes: ROUTES,
    weights,
    lighthouse: lighthouseResults,
    load: loadResults,
  })
  mkdirSync(join(root, 'bench'), { recursive: true })
  // Formatted as `npm test`'s Prettier check expects (it aligns the tables' columns).
  const file = join(root, 'bench', 'RESULTS.md')
  writeFileSync(file, await format(markdown, { ...(await resolveConfig(file)), filepath: file }))
  log('wrote bench/RESULTS.md')
} finally {
  floor.kill('SIGTERM')
  floorMathml.kill('SIGTERM')
  await stack.stop()
}
