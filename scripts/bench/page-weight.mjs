// Bytes transferred on first load (what the network actually carried, i.e. gzip), per resource type, measured
// with Chromium's network log. Usage: node scripts/bench/page-weight.mjs http://localhost:3000 / /learn …
// Add --after-idle to keep counting until the network is idle (lazy chunks such as the chart).
import { chromium } from '@playwright/test'
import { CHROMIUM_ARGS } from '../find-chromium.mjs'
import { requireChromium } from './browser.mjs'

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
  const context = await browser.newContext({ viewport: { width: 412, height: 839 } })
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Network.enable')
  const types = new Map()
  const sizes = { document: 0, stylesheet: 0, script: 0, font: 0, other: 0 }
  cdp.on('Network.responseReceived', (e) => types.set(e.requestId, e.type))
  cdp.on('Network.loadingFinished', (e) => {
    const type = (types.get(e.requestId) ?? 'Other').toLowerCase()
    const key = type in sizes ? type : 'other'
    sizes[key] += e.encodedDataLength
  })
  await page.goto(origin + path, { waitUntil: 'load' })
  if (afterIdle) await page.waitForLoadState('networkidle').catch(() => undefined)
  await page.waitForTimeout(300)
  rows.push({
    path,
    html: sizes.document,
    css: sizes.stylesheet,
    js: sizes.script,
    font: sizes.font,
    other: sizes.other,
  })
  await context.close()
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
