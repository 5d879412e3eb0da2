import { expect, test } from './fixtures'

/**
 * Performance budget (issue 2): an article ships no client JavaScript beyond Next's runtime and the small
 * theme-toggle, navigation, table-of-contents and quiz islands: at most 146 KB gzip on first load.
 */
const BUDGET_BYTES = 146 * 1024

for (const path of ['/', '/learn', '/learn/what-is-defi']) {
  test(`${path} loads at most 146 KB of gzip JavaScript`, async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', 'transfer sizes do not depend on the viewport')
    const scripts: Promise<number>[] = []
    page.on('requestfinished', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.sizes().then((s) => s.responseBodySize))
    })
    await page.goto(path, { waitUntil: 'load' })
    await page.waitForLoadState('networkidle').catch(() => undefined)
    const total = (await Promise.all(scripts)).reduce((a, b) => a + b, 0)
    testInfo.annotations.push({ type: 'js-gzip-bytes', description: String(total) })
    expect(total).toBeGreaterThan(50_000)
    expect(total).toBeLessThanOrEqual(BUDGET_BYTES)
  })
}
