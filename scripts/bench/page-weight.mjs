// Bytes transferred on first load (what the network actually carried, i.e. gzip), per resource type, measured
// with Chromium's network log. Usage: node scripts/bench/page-weight.mjs http://localhost:3000 / /learn …
// Add --after-idle to keep counting until the network is idle (lazy chunks such as the chart).
import { chromium } from '@playwright/test'
import { CHROMIUM_ARGS } from '../find-chromium.mjs'
import { requireChromium } from './browser.mjs'
import { transferSizes } from './measure.mjs'

const args = process.argv.slice(2)
const afterIdle = args.includes('--after-idle')
const [origin, ...paths] = args.filter((a) => !a.startsWith('--'))
if (!origin || paths.length === 0) {
  console.error('usage: node scripts/bench/page-weight.mjs <origin> <path> [path …] [--after-idle]')
  process.exit(2)
}

const browser = await chromium.launch({
  executablePath: requireChromium(),
  args: CHROMIUM_ARGS,
})
const rows = []
for (const path of paths) {
  const { gzip: sizes } = await transferSizes(browser, origin + path, { afterIdle })
  rows.push({
    path,
    html: sizes.document,
    css: sizes.stylesheet,
    js: sizes.script,
    font: sizes.font,
    other: sizes.other,
  })
}
await browser.close()

const kb = (n) => (n / 1024).toFixed(1)
console.log(
  `Transferred on first load${afterIdle ? ' (until network idle)' : ''} — KB (1 KB = 1024 bytes), compressed as served`,
)
console.log(
  'path'.padEnd(34),
  'html'.padStart(7),
  'css'.padStart(7),
  'js'.padStart(7),
  'font'.padStart(7),
  'other'.padStart(7),
)
for (const r of rows)
  console.log(r.path.padEnd(34), ...[r.html, r.css, r.js, r.font, r.other].map((n) => kb(n).padStart(7)))
