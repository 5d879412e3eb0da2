import { expect, test } from './fixtures'

/**
 * Performance budget (issue 2): an article ships no client JavaScript beyond Next's runtime and the small
 * theme-toggle, navigation, table-of-contents and quiz islands: at most 146 KB gzip on first load. Bytes are
 * what the network carried (Chromium's encodedDataLength), the same measure as scripts/bench/page-weight.mjs.
 */
const BUDGET_BYTES = 146 * 1024

for (const path of ['/', '/learn', '/learn/what-is-defi']) {
  test(`${path} loads at most 146 KB of gzip JavaScript`, async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', 'transfer sizes do not depend on the viewport')
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Network.enable')
    const scripts = new Set<string>()
    let total = 0
    cdp.on('Network.responseReceived', (e) => {
      if (e.type === 'Script') scripts.add(e.requestId)
    })
    cdp.on('Network.loadingFinished', (e) => {
      if (scripts.has(e.requestId)) total += e.encodedDataLength
    })
    await page.goto(path, { waitUntil: 'load' })
    await page.waitForTimeout(500)
    testInfo.annotations.push({ type: 'js-gzip-bytes', description: String(total) })
    expect(total).toBeGreaterThan(50_000)
    expect(total).toBeLessThanOrEqual(BUDGET_BYTES)
  })
}
