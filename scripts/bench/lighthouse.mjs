// Lighthouse 12.2.3 (pinned: 13 needs Node 22) on a running server, mobile preset by default.
// Usage: node scripts/bench/lighthouse.mjs http://localhost:3000 / /learn … [--desktop] [--runs=3]
// Prints the median score per category over the runs, and writes the JSON reports to .bench/.
import { lighthouse } from './measure.mjs'

const args = process.argv.slice(2)
const desktop = args.includes('--desktop')
const runs = Number(args.find((a) => a.startsWith('--runs='))?.slice(7) ?? 3)
const [origin, ...paths] = args.filter((a) => !a.startsWith('--'))
if (!origin || paths.length === 0) {
  console.error('usage: node scripts/bench/lighthouse.mjs <origin> <path> [path …] [--desktop] [--runs=3]')
  process.exit(2)
}
console.log(`Lighthouse 12.2.3, ${desktop ? 'desktop' : 'mobile'} preset, median of ${runs} run(s)`)
console.log('path'.padEnd(34), 'perf', ' a11y', '  bp', ' seo', '   LCP ms', '  TBT ms', '   CLS')
for (const path of paths) {
  const r = lighthouse(origin + path, { desktop, runs })
  console.log(
    path.padEnd(34),
    String(r.performance).padStart(4),
    String(r.accessibility).padStart(5),
    String(r.bestPractices).padStart(4),
    String(r.seo).padStart(4),
    r.lcp.toFixed(0).padStart(9),
    r.tbt.toFixed(0).padStart(8),
    r.cls.toFixed(3).padStart(7),
  )
  const a = r.tbtAttribution
  if (a)
    console.log(
      ''.padEnd(34),
      `median run's TBT by kind of task (tbt-attribution.mjs): ${Object.entries(a.byKind)
        .map(([kind, ms]) => `${kind} ${ms.toFixed(0)}`)
        .join(', ')}; FCP estimate ${a.fcp.toFixed(0)} ms`,
    )
}
