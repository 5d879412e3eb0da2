// Shared by the bench scripts: bytes a page transfers on first load (Chromium's network log) and Lighthouse
// medians. Both take a full URL.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { CHROMIUM_FLAGS, requireChromium } from './browser.mjs'
import { median, spread } from './rounds.mjs'
import { attributionFiles } from './tbt-summary.mjs'

/** Bytes the network carried (compressed as served) per resource type, and raw bytes per type. */
export async function transferSizes(browser, url, { afterIdle = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 412, height: 839 } })
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Network.enable')
  const types = new Map()
  const raw = new Map()
  const sizes = { document: 0, stylesheet: 0, script: 0, font: 0, other: 0 }
  const rawSizes = { document: 0, stylesheet: 0, script: 0, font: 0, other: 0 }
  cdp.on('Network.responseReceived', (e) => types.set(e.requestId, e.type))
  cdp.on('Network.dataReceived', (e) => raw.set(e.requestId, (raw.get(e.requestId) ?? 0) + e.dataLength))
  cdp.on('Network.loadingFinished', (e) => {
    const type = (types.get(e.requestId) ?? 'Other').toLowerCase()
    const key = type in sizes ? type : 'other'
    sizes[key] += e.encodedDataLength
    rawSizes[key] += raw.get(e.requestId) ?? 0
  })
  await page.goto(url, { waitUntil: 'load' })
  if (afterIdle) await page.waitForLoadState('networkidle').catch(() => undefined)
  await page.waitForTimeout(300)
  await context.close()
  return { gzip: sizes, raw: rawSizes }
}

/**
 * One Lighthouse run; a loaded machine sometimes loses the trace (NO_NAVSTART), so up to 3 attempts. A mobile run
 * keeps its trace and network log long enough for tbt-attribution.mjs to say where its TBT comes from.
 */
function runLighthouse(chrome, url, out, desktop) {
  const { assets, attribution } = attributionFiles(out)
  rmSync(attribution, { force: true })
  for (let attempt = 1; ; attempt++) {
    try {
      execFileSync(
        'npx',
        [
          'lighthouse',
          url,
          '--quiet',
          '--output=json',
          `--output-path=${out}`,
          `--chrome-flags=${CHROMIUM_FLAGS.join(' ')}`,
          ...(desktop ? ['--preset=desktop'] : ['--save-assets']),
        ],
        { env: { ...process.env, CHROME_PATH: chrome }, stdio: ['ignore', 'ignore', 'inherit'] },
      )
      break
    } catch (error) {
      if (attempt === 3) throw error
    }
  }
  if (desktop) return
  try {
    execFileSync(process.execPath, ['scripts/bench/tbt-attribution.mjs', out], {
      stdio: ['ignore', 'ignore', 'inherit'],
    })
  } catch {
    // The attribution explains the figure; without it the run still counts, and the report says "not available".
    console.error(`tbt-attribution.mjs failed on ${out}; its row in the report reads "not available"`)
    for (const asset of assets) rmSync(asset, { force: true })
  }
}

/**
 * Lighthouse 12.2.3 run number `index` on `url` (mobile unless `desktop`): the report and, for mobile, where its
 * blocking time comes from (tbt-attribution.mjs; null when that failed). The bench runs these in rounds
 * (rounds.mjs roundRobin) and sums them up with lighthouseSummary.
 */
export function lighthouseRun(url, { desktop = false, index = 0 } = {}) {
  const chrome = requireChromium()
  mkdirSync('.bench', { recursive: true })
  const name = new URL(url).pathname.replace(/[^a-z0-9]+/gi, '_') || 'root'
  const out = `.bench/lighthouse-${new URL(url).port}-${name}-${desktop ? 'desktop' : 'mobile'}-${index}.json`
  // BENCH_REUSE_LIGHTHOUSE=1 resumes an interrupted bench from the reports already written.
  if (!(process.env.BENCH_REUSE_LIGHTHOUSE === '1' && existsSync(out)))
    runLighthouse(chrome, url, out, desktop)
  const { attribution } = attributionFiles(out)
  return {
    report: JSON.parse(readFileSync(out, 'utf8')),
    attribution: existsSync(attribution) ? JSON.parse(readFileSync(attribution, 'utf8')) : null,
  }
}

/** Lighthouse `runs` times on `url`, one after another, summed up (lighthouseSummary). */
export function lighthouse(url, { desktop = false, runs = 3 } = {}) {
  return lighthouseSummary(Array.from({ length: runs }, (_, index) => lighthouseRun(url, { desktop, index })))
}

/**
 * Median score per category and median LCP/TBT/CLS over the runs (lighthouseRun results, in round order), every
 * run's TBT with its spread, and for mobile where the median-TBT run's blocking time comes from.
 */
export function lighthouseSummary(runs) {
  const results = runs.map((r) => r.report)
  const score = (cat) => Math.round(median(results.map((r) => r.categories[cat].score * 100)))
  const audit = (id) => median(results.map((r) => r.audits[id].numericValue))
  const tbts = results.map((r) => r.audits['total-blocking-time'].numericValue)
  const attribution = runs[tbts.indexOf(median(tbts))].attribution
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcp: audit('largest-contentful-paint'),
    tbt: audit('total-blocking-time'),
    tbts,
    tbtSpread: spread(tbts),
    cls: audit('cumulative-layout-shift'),
    tbtAttribution: attribution
      ? {
          fcp: attribution.fcp,
          tbt: attribution.tbt,
          byKind: attribution.byKind,
          tasks: attribution.optimistic,
        }
      : null,
  }
}
