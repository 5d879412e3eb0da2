import type { Page, TestInfo } from '@playwright/test'
import { ABORTED_REQUEST, countScriptBytes, expect, skipRouterPrefetches, test } from './fixtures'

/**
 * Issue 4's budgets, tightened in issue 13: /calculator and /embed/calculator ship at most 175 KB of gzip
 * JavaScript before the chart; Recharts (about 107 KB) loads only after the first paint, when the reader
 * reaches the chart. Typing updates the result within a frame (a loose guard here; `scripts/bench/calculator.mjs`
 * reports the precise numbers).
 */
// Counted as the network carried it (response headers included, about 5.5 KB more than the build output that
// budgets.json checks). Measured on 2026-11-29: /calculator 172.7 KB (178.7 KB before the islands stopped
// importing the whole en-calculator dictionary and a network preset's parts became lazy), /embed/calculator
// 170.9 KB (176.6 KB before). The budgets are those figures rounded up to the next KB, the embed's plus one
// (its headers vary by a few bytes between runs: 175,005 and 175,115 bytes were measured, 171 KB is 175,104).
const BUDGET_KB = { '/calculator': 173, '/embed/calculator': 172 } as const

test.use({ allowedConsoleErrors: [ABORTED_REQUEST] })

/**
 * Loads `path` at 1280 px without the router's prefetches and checks its JavaScript before the chart against the
 * route's budget; returns the counter, so a test can measure what arrives later.
 */
async function expectFirstLoadWithinBudget(page: Page, testInfo: TestInfo, path: keyof typeof BUDGET_KB) {
  await page.setViewportSize({ width: 1280, height: 700 })
  await skipRouterPrefetches(page)
  const total = await countScriptBytes(page)
  await page.goto(path, { waitUntil: 'load' })
  await page.waitForLoadState('networkidle')
  const before = total()
  testInfo.annotations.push({ type: 'js-gzip-bytes-before-chart', description: String(before) })
  expect(before).toBeGreaterThan(100_000)
  expect(before).toBeLessThanOrEqual(BUDGET_KB[path] * 1024)
  await expect(page.getByText('Loading the chart…')).toBeVisible()
  return { before, total }
}

test.beforeEach(({ isMobile }) => {
  test.skip(isMobile, 'transfer sizes and timings are measured once, on desktop')
})

test(`/calculator loads at most ${BUDGET_KB['/calculator']} KB of gzip JavaScript before the chart, Recharts only when reached`, async ({
  page,
}, testInfo) => {
  const { before, total } = await expectFirstLoadWithinBudget(page, testInfo, '/calculator')

  await page.getByRole('heading', { name: 'Balance over time' }).scrollIntoViewIfNeeded()
  await expect(
    page.getByRole('group', { name: 'Balance in TOKEN by day, with and without compounding' }),
  ).toBeVisible()
  await page.waitForLoadState('networkidle')
  const after = total()
  testInfo.annotations.push({ type: 'js-gzip-bytes-after-chart', description: String(after) })
  // Recharts and the chart module arrive only now.
  expect(after - before).toBeGreaterThan(80_000)
})

test(`/embed/calculator loads at most ${BUDGET_KB['/embed/calculator']} KB of gzip JavaScript before the chart`, async ({
  page,
}, testInfo) => {
  await expectFirstLoadWithinBudget(page, testInfo, '/embed/calculator')
})

test('a network preset’s panel and model load only when a preset is picked, and then work', async ({
  page,
}) => {
  await skipRouterPrefetches(page)
  const total = await countScriptBytes(page)
  await page.goto('/calculator', { waitUntil: 'load' })
  await page.waitForLoadState('networkidle')
  const custom = total()
  await page.getByRole('link', { name: 'Ethereum', exact: true }).click()
  await expect(page.getByText('Ethereum model')).toBeVisible()
  const rates = page.getByRole('combobox', { name: 'Rate over time' })
  await rates.selectOption('model')
  await expect(page).toHaveURL(/\?network=ethereum&rates=model$/)
  await expect(page.getByRole('region', { name: 'Results' })).toContainText(/Gross APR year 1: \d+\.\d\d%/)
  // The panel, the model's fields and summary, and their strings: a few KB, loaded only now.
  expect(total() - custom).toBeGreaterThan(2_000)
})

test('a keystroke updates the result well within a frame budget', async ({ page }, testInfo) => {
  await page.goto('/calculator')
  const amount = page.getByLabel('Amount staked', { exact: true })
  await amount.click()
  await amount.press('ControlOrMeta+a')
  await amount.pressSequentially('123456789', { delay: 30 })
  const durations = await page.evaluate(() =>
    performance.getEntriesByName('calculator:input-to-result').map((e) => e.duration),
  )
  expect(durations).toHaveLength(9)
  const median = [...durations].sort((a, b) => a - b)[4]!
  testInfo.annotations.push({ type: 'keystroke-to-result-median-ms', description: median.toFixed(2) })
  // 16 ms is the target on an idle machine (see the bench script); the guard allows for a busy test runner.
  expect(median).toBeLessThan(50)
})
