// bench/RESULTS.md from the numbers scripts/bench/run.mjs collected; every figure also as a ratio to the floor.
import { ratioToStatic } from './load.mjs'
import { KINDS } from './tbt-summary.mjs'

const kb = (n) => (n / 1024).toFixed(1)
const ratio = (a, b) => (b ? `${(a / b).toFixed(2)}×` : '–')
const signed = (n, digits = 0) => `${n >= 0 ? '+' : '−'}${Math.abs(n).toFixed(digits)}`
const table = (head, rows) =>
  [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n')

export function resultsMarkdown(r) {
  const floorWeight = r.weights.floor
  const weightRows = [...r.routes, 'floor'].map((route) => {
    const w = r.weights[route]
    return [
      route === 'floor' ? '**floor** (bare Next + MDX)' : `\`${route}\``,
      `${kb(w.gzip.document)} / ${kb(w.raw.document)}`,
      `${kb(w.gzip.stylesheet)} / ${kb(w.raw.stylesheet)}`,
      `${kb(w.gzip.script)} / ${kb(w.raw.script)}`,
      `${kb(w.gzip.font)}`,
      ratio(w.gzip.script, floorWeight.gzip.script),
      signed((w.gzip.script - floorWeight.gzip.script) / 1024, 1),
      ratio(w.gzip.document, floorWeight.gzip.document),
    ]
  })
  const floorLh = r.lighthouse.floor
  // The second floor (MathML maths, see run.mjs buildFloor) is measured on mobile only.
  const lhRoutes = [...r.routes, 'floor', ...(r.lighthouse['floor-mathml'] ? ['floor-mathml'] : [])]
  const routeName = (route) =>
    route === 'floor' ? '**floor**' : route === 'floor-mathml' ? '_floor, MathML maths_' : `\`${route}\``
  const lhRows = lhRoutes.map((route) => {
    const { mobile, desktop } = r.lighthouse[route]
    return [
      routeName(route),
      mobile.performance,
      signed(mobile.performance - floorLh.mobile.performance),
      mobile.lcp.toFixed(0),
      `${mobile.tbt.toFixed(0)} (${mobile.tbtSpread.min.toFixed(0)}–${mobile.tbtSpread.max.toFixed(0)})`,
      signed(mobile.tbtDeltaFloor),
      mobile.cls.toFixed(3),
      desktop ? desktop.performance : '–',
      desktop ? desktop.tbt.toFixed(0) : '–',
      `${mobile.accessibility} / ${mobile.bestPractices} / ${mobile.seo}`,
    ]
  })
  const tbtRows = lhRoutes.map((route) => {
    const a = r.lighthouse[route].mobile.tbtAttribution
    const name = routeName(route)
    if (!a) return [name, 'not available', '', '', ...KINDS.map(() => '')]
    const firstStyle = a.tasks.find((t) => t.kind === 'style & layout')
    return [
      name,
      a.tbt.toFixed(0),
      a.fcp.toFixed(0),
      firstStyle
        ? `${firstStyle.simulatedStart.toFixed(0)} (${firstStyle.observedDuration.toFixed(0)} ms observed)`
        : '–',
      ...KINDS.map((k) => a.byKind[k].toFixed(0)),
    ]
  })
  const floorOf = (connections) =>
    r.load.find((l) => l.connections === connections && l.via.startsWith('floor'))
  const loadRows = r.load.map((l) => [
    l.page,
    l.via,
    l.cache || '–',
    l.connections,
    Math.round(l.rps),
    l.p50,
    l.p99,
    l.errors,
    l.non2xx,
    l.unanswered ?? '–',
    kb(l.bytesPerRequest),
    ratioToStatic(r.load, l),
    floorOf(l.connections) ? ratio(l.rps, floorOf(l.connections).rps) : '–',
  ])
  return `# Benchmark results

Written by \`npm run bench\` (scripts/bench/run.mjs) on ${r.date}, in ${r.minutes} minutes, one sitting.

- Machine: ${r.machine}
- Versions: Node ${r.versions.node}, Next ${r.versions.next}, React ${r.versions.react}, Lighthouse ${r.versions.lighthouse}, autocannon ${r.versions.autocannon}, ${r.versions.nginx}, ${r.versions.chromium}
- **Floor**: a bare Next 16 + MDX page built in this run from \`content/how-staking-works.mdx\` (bench/reference):
  the same text with no header, navigation, popovers, calculators or quiz logic. A second copy, _floor, MathML maths_,
  draws the formulas as the site does (MathML, no KaTeX stylesheet or fonts); it is measured with Lighthouse mobile only.
- The machine is shared; absolute numbers move with its load, the ratios (same run) less so.

## Bytes on first load (KB, as transferred, brotli or gzip / raw; Chromium network log, mobile viewport)

${table(['route', 'HTML', 'CSS', 'JS', 'fonts', 'JS ÷ floor', 'JS − floor (KB)', 'HTML ÷ floor'], weightRows)}

## Lighthouse 12.2.3 (median of ${r.runs}; server: \`server.mjs\` (our production server) directly)

Runs go in rounds: every route and both floors once per round, so a page and the floor it is compared with run minutes
apart. Mobile TBT moves a lot from run to run on this shared machine (the lowest and highest run are in brackets);
"TBT Δ floor" is the median over rounds of the route's TBT minus the floor's in the same round.

${table(['route', 'mobile perf', 'Δ floor', 'LCP ms', 'TBT ms (lowest–highest run)', 'TBT Δ floor (paired)', 'CLS', 'desktop perf', 'desktop TBT ms', 'a11y / bp / seo (mobile)'], lhRows)}

## Where mobile TBT comes from (Lighthouse's own Lantern simulation, re-run on the median run's trace)

Lighthouse's mobile preset loads the page at full speed, then simulates it on a 4× slower CPU and a slow-4G network.
It counts the part over 50 ms of every simulated task that runs after its FCP estimate, and it estimates FCP from the
document, the render-blocking requests and only the *first* parse, layout and paint tasks; so a style-and-layout task
that starts after that estimate in the full simulation, where everything else the page does runs too, counts
(scripts/bench/tbt-attribution.mjs prints every counted task of a run). Columns: ms of TBT by what the counted tasks
mostly did. The second floor draws the maths as MathML, as the site does, instead of with KaTeX's stylesheet and
fonts: Lighthouse counts those fonts as render-blocking (the stylesheet finds them), so they hold the first floor's
estimated first paint back past its layout and part of its hydration.

${table(['route', 'TBT ms', 'FCP estimate ms', 'first style & layout task over 50 ms starts at (sim ms)', ...KINDS], tbtRows)}

## Load (autocannon, ${r.seconds} s per run, loopback, \`accept-encoding: gzip\`)

"front" is deploy/nginx over TLS in front of two \`server.mjs\`; "static file" is the same HTML served as a file by
the same nginx over TLS; "cache" is what the front answered just before the run (the bench asks until it answers HIT, at most 5 s: a copy past its
10 minutes comes back STALE while the front refreshes it, and a run would measure that refresh). The article through the front
is a cache HIT; the calculator and the embed URL are cache HITs too, stored with a placeholder nonce that the
front replaces with a fresh one in every answer (nonce substitution, deploy/README.md). "never answered" counts the
run's connections that got no answer at all: a saturated Node server takes one new connection per turn of its event
loop (libuv 1.46 accepts once per readiness event), so straight to a Node server at 200 connections the last ones
opened wait in the kernel's queue past autocannon's 10 s and count as errors. Through the front, a cache hit never
reaches Node.

${table(['page', 'via', 'cache', 'conns', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'non-2xx', 'never answered', 'KB/req', '÷ static', '÷ floor'], loadRows)}
`
}
