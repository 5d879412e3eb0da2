#!/usr/bin/env node
// Which parts of a page Chromium styles in each style pass while the page loads (phone viewport, no throttling).
// Usage: node scripts/bench/style-census.mjs <url> [--runs=3]
// A region is the page part an element sits in: an article island (`data-island`), the header, the table of
// contents, a popover, the article's prose, a figure … The first pass that styles a region is where its cost lands;
// regions under `content-visibility: auto` (globals.css) should appear only in a pass that comes once the page has
// loaded, if at all. Runs differ (how far the parser got before each frame), so it prints every run.
import { readFileSync, rmSync } from 'node:fs'
import { chromium } from '@playwright/test'
import { CHROMIUM_ARGS } from '../find-chromium.mjs'
import { requireChromium } from './browser.mjs'
import { describeCounts, stylePasses } from './style-passes.mjs'

/** Runs in the page on each resolved node: the region it belongs to, first match wins. */
function regionOf() {
  let element = this.nodeType === 1 ? this : this.parentElement
  if (!element) return 'document'
  // Inside a form control's own shadow tree (a number field's inner parts): count it where the control is.
  while (element.getRootNode() instanceof ShadowRoot) element = element.getRootNode().host
  const island = element.closest('[data-island]')
  if (island) return `island:${island.getAttribute('data-island')}`
  const regions = [
    ['header', 'header'],
    ['footer', 'footer'],
    ['.toc-disclosure', 'table of contents'],
    ['nav', 'other navigation'],
    ['[popover]', 'popover'],
    ['figure', 'figure'],
    ['table', 'table'],
    ['.prose', 'prose'],
    ['article', 'article (outside the prose)'],
    ['main', 'main (outside the article)'],
  ]
  for (const [selector, name] of regions) if (element.closest(selector)) return name
  return `<${element.localName}>`
}

async function census(browser, url, file) {
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true,
  })
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await browser.startTracing(page, {
    path: file,
    categories: [
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      'disabled-by-default-devtools.timeline.invalidationTracking',
    ],
  })
  const response = await page.goto(url, { waitUntil: 'load' })
  if (!response?.ok()) throw new Error(`${url} answered ${response?.status() ?? 'nothing'}`)
  await page.waitForTimeout(1500)
  await browser.stopTracing()
  const passes = stylePasses(JSON.parse(readFileSync(file, 'utf8')).traceEvents)
  rmSync(file, { force: true })
  await cdp.send('DOM.getDocument', { depth: -1 })
  const lines = []
  for (const pass of passes) {
    const counts = {}
    for (const backendNodeId of pass.nodeIds) {
      const { nodeIds } = await cdp
        .send('DOM.pushNodesByBackendIdsToFrontend', { backendNodeIds: [backendNodeId] })
        .catch(() => ({ nodeIds: [0] }))
      let region = 'removed since'
      if (nodeIds[0]) {
        const { object } = await cdp.send('DOM.resolveNode', { nodeId: nodeIds[0] })
        const { result } = await cdp.send('Runtime.callFunctionOn', {
          objectId: object.objectId,
          functionDeclaration: regionOf.toString(),
          returnByValue: true,
        })
        region = result.value
      }
      counts[region] = (counts[region] ?? 0) + 1
    }
    lines.push(
      `  pass at ${pass.startMs.toFixed(0)} ms, ${pass.durationMs.toFixed(1)} ms: ${pass.nodeIds.length} elements ` +
        `(+${pass.pseudoStyles} pseudo-elements): ${describeCounts(counts)}`,
    )
  }
  await context.close()
  return lines
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const url = process.argv[2]
  const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 3)
  if (!url?.startsWith('http') || !Number.isInteger(runs) || runs < 1) {
    console.error(
      'usage: node scripts/bench/style-census.mjs <url> [--runs=3]   (a running server, e.g. npm start)',
    )
    process.exit(2)
  }
  const browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS })
  try {
    for (let run = 1; run <= runs; run++) {
      console.log(`run ${run}: style passes of ≥ 30 elements while ${url} loads`)
      for (const line of await census(browser, url, `.bench/style-census-${process.pid}.json`))
        console.log(line)
    }
  } catch (error) {
    console.error(`style-census: ${error.message}`)
    process.exitCode = 1
  } finally {
    await browser.close()
  }
}
