// The calculator's numbers for issue 4: gzip JavaScript on first load before and after the chart, and the time
// from a keystroke to the updated result (performance marks in the page: `calculator:input-to-result` ends when
// React has committed the new result, `calculator:input-to-frame` at the next animation frame).
// Usage: node scripts/bench/calculator.mjs http://localhost:3000 [--keystrokes=60] [--cpu=4]
import { chromium } from '@playwright/test'
import { CHROMIUM_FLAGS, requireChromium } from './browser.mjs'

const args = process.argv.slice(2)
const origin = args.find((a) => !a.startsWith('--'))
const option = (name, fallback) =>
  Number(args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback)
const keystrokes = option('keystrokes', 60)
const cpu = option('cpu', 1)
if (!origin) {
  console.error('usage: node scripts/bench/calculator.mjs <origin> [--keystrokes=60] [--cpu=4]')
  process.exit(2)
}

const browser = await chromium.launch({
  executablePath: requireChromium(),
  args: CHROMIUM_FLAGS.filter((f) => f !== '--headless=new'),
})
const kb = (n) => `${(n / 1024).toFixed(1)} KB`

async function weigh(path, scrollTo) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 700 } })
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Network.enable')
  const types = new Map()
  const loaded = []
  let js = 0
  cdp.on('Network.responseReceived', (e) => types.set(e.requestId, { type: e.type, url: e.response.url }))
  cdp.on('Network.loadingFinished', (e) => {
    const response = types.get(e.requestId)
    if (response?.type !== 'Script') return
    js += e.encodedDataLength
    loaded.push({ url: response.url, bytes: e.encodedDataLength })
  })
  await page.goto(origin + path, { waitUntil: 'load' })
  await page.waitForLoadState('networkidle').catch(() => undefined)
  const before = js
  const firstLoad = loaded.length
  let after = before
  if (scrollTo) {
    await page.getByRole('heading', { name: scrollTo }).first().scrollIntoViewIfNeeded()
    await page.getByRole('group', { name: /Balance in .* by day/ }).waitFor()
    await page.waitForLoadState('networkidle').catch(() => undefined)
    after = js
  }
  await context.close()
  const later = loaded.slice(firstLoad).map((s) => `${kb(s.bytes)} ${s.url.replace(/^.*\/_next\//, '')}`)
  return { path, before, after, later }
}

async function keystrokeTimings() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  if (cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu })
  await page.goto(`${origin}/calculator`, { waitUntil: 'load' })
  await page.waitForLoadState('networkidle').catch(() => undefined)
  const amount = page.getByLabel('Amount staked', { exact: true })
  await amount.click()
  for (let i = 0; i < keystrokes; i += 1) {
    if (i % 6 === 0) await amount.press('ControlOrMeta+a')
    await amount.press(String((i % 9) + 1))
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))))
  }
  const read = (name) => page.evaluate((n) => performance.getEntriesByName(n).map((e) => e.duration), name)
  const result = await read('calculator:input-to-result')
  const frame = await read('calculator:input-to-frame')
  await context.close()
  return { result, frame }
}

const stats = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]
  return `n=${sorted.length} median ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms, max ${sorted.at(-1).toFixed(2)} ms`
}

console.log('JavaScript transferred (gzip, from Chromium’s network log), viewport 1280×700')
for (const row of [
  await weigh('/calculator', 'Balance over time'),
  await weigh('/embed/calculator', 'Balance over time'),
]) {
  console.log(
    `  ${row.path.padEnd(20)} before the chart ${kb(row.before).padStart(9)}   after the chart ${kb(row.after).padStart(9)}`,
  )
  for (const line of row.later) console.log(`      then ${line}`)
}
const { result, frame } = await keystrokeTimings()
console.log(`Keystroke → result committed (${cpu}× CPU throttling): ${stats(result)}`)
console.log(`Keystroke → next animation frame (${cpu}× CPU throttling): ${stats(frame)}`)
await browser.close()
