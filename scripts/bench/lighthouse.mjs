// Lighthouse 12.2.3 (pinned: 13 needs Node 22) on a running server, mobile preset by default.
// Usage: node scripts/bench/lighthouse.mjs http://localhost:3000 / /learn … [--desktop] [--runs=3]
// Prints the median score per category over the runs, and writes the JSON reports to .bench/.
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync } from 'node:fs'
import { CHROMIUM_FLAGS, requireChromium } from './browser.mjs'

const args = process.argv.slice(2)
const desktop = args.includes('--desktop')
const runs = Number(args.find((a) => a.startsWith('--runs='))?.slice(7) ?? 3)
const [origin, ...paths] = args.filter((a) => !a.startsWith('--'))
if (!origin || paths.length === 0) {
  console.error('usage: node scripts/bench/lighthouse.mjs <origin> <path> [path …] [--desktop] [--runs=3]')
  process.exit(2)
}
const chrome = requireChromium()
mkdirSync('.bench', { recursive: true })
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

console.log(`Lighthouse 12.2.3, ${desktop ? 'desktop' : 'mobile'} preset, median of ${runs} run(s)`)
console.log('path'.padEnd(34), 'perf', ' a11y', '  bp', ' seo', '   LCP ms', '  TBT ms', '   CLS')
for (const path of paths) {
  const results = []
  for (let i = 0; i < runs; i++) {
    const out = `.bench/lighthouse-${path.replace(/[^a-z0-9]+/gi, '_') || 'root'}-${desktop ? 'desktop' : 'mobile'}-${i}.json`
    execFileSync(
      'npx',
      [
        'lighthouse',
        origin + path,
        '--quiet',
        '--output=json',
        `--output-path=${out}`,
        `--chrome-flags=${CHROMIUM_FLAGS.join(' ')}`,
        ...(desktop ? ['--preset=desktop'] : []),
      ],
      { env: { ...process.env, CHROME_PATH: chrome }, stdio: ['ignore', 'ignore', 'inherit'] },
    )
    results.push(JSON.parse(readFileSync(out, 'utf8')))
  }
  const score = (cat) => Math.round(median(results.map((r) => r.categories[cat].score * 100)))
  const audit = (id) => median(results.map((r) => r.audits[id].numericValue))
  console.log(
    path.padEnd(34),
    String(score('performance')).padStart(4),
    String(score('accessibility')).padStart(5),
    String(score('best-practices')).padStart(4),
    String(score('seo')).padStart(4),
    audit('largest-contentful-paint').toFixed(0).padStart(9),
    audit('total-blocking-time').toFixed(0).padStart(8),
    audit('cumulative-layout-shift').toFixed(3).padStart(7),
  )
}
