import { chromium } from '@playwright/test'
const url = process.argv[2]
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-dev-shm-usage','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run','--disable-quic'] })
const ctx = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true })
const page = await ctx.newPage()
const cdp = await ctx.newCDPSession(page)
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
const events = []
cdp.on('Tracing.dataCollected', (e) => events.push(...e.value))
const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r))
await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 100 })
await cdp.send('Tracing.start', { categories: 'toplevel,devtools.timeline,disabled-by-default-devtools.timeline,blink.user_timing,loading', transferMode: 'ReportEvents' })
await cdp.send('Profiler.start')
await page.goto(url, { waitUntil: 'load' }); await page.waitForTimeout(2500)
const { profile } = await cdp.send('Profiler.stop')
await cdp.send('Tracing.end'); await done
await browser.close()
const nav = events.find((e) => e.name === 'navigationStart' && (e.args?.data?.documentLoaderURL || '').startsWith('http'))
const pid = nav.pid
const tid = events.find(e => e.name === 'thread_name' && e.pid === pid && e.args.name === 'CrRendererMain')?.tid
const fcp = events.find(e => e.name === 'firstContentfulPaint' && e.pid === pid)
const tasks = events.filter(e => e.pid === pid && e.tid === tid && e.name === 'RunTask' && e.dur > 30000 && e.ts > nav.ts)
const byId = new Map(profile.nodes.map(n => [n.id, n])); const parent = new Map()
for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id)
let t = profile.startTime; const samples = profile.samples.map((s, i) => { t += profile.timeDeltas[i]; return [t, s] })
console.log('FCP', ((fcp.ts - nav.ts) / 1000).toFixed(0), 'runtasks', events.filter(e => e.pid === pid && e.name === 'RunTask').length, 'tid', tid, 'big', events.filter(e => e.pid === pid && e.name === 'RunTask' && e.dur > 30000).map(e => e.tid + ':' + Math.round(e.dur/1000)).join(' '))
for (const task of tasks) {
  const inWin = samples.filter(([ts]) => ts >= task.ts && ts <= task.ts + task.dur)
  const agg = new Map()
  for (const [, id] of inWin) {
    const chain = []; let cur = id
    while (cur) { const n = byId.get(cur); chain.unshift(`${n.callFrame.functionName || 'anon'}@${n.callFrame.url.split('/').pop()}:${n.callFrame.columnNumber}`); cur = parent.get(cur) }
    const leaf = chain.slice(-1)[0]; const mid = chain.slice(1, 5).join(' > ')
    const k = chain.length <= 2 ? leaf : mid + ' … ' + leaf
    agg.set(k, (agg.get(k) || 0) + 1)
  }
  console.log('TASK', ((task.ts - nav.ts) / 1000).toFixed(0), (task.dur / 1000).toFixed(0), 'samples', inWin.length)
  for (const [k, c] of [...agg].sort((a, b) => b[1] - a[1]).slice(0, 6)) console.log('   ', c, k.slice(0, 230))
}
