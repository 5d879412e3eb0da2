import { CHART_IDS, DIAGRAM_IDS } from '../lib/figures'
import { PLACED, figureNamed, titleOf } from './figure-checks'
import { expect, test } from './fixtures'
import { sitemapPaths } from './sitemap'

/**
 * Each article's figures are checked by the sweep (e2e/sweep.spec.ts) in the page load it makes anyway: drawn
 * with real text in the theme's colours, in both themes, their text alternatives opened and scanned by axe, and
 * the phone drawings at 320 px. This file checks that every figure has a place, and the figures without script.
 */
test('every figure is placed in an article the sweep visits', () => {
  expect([...new Set(Object.values(PLACED).flat())].sort()).toEqual([...CHART_IDS, ...DIAGRAM_IDS].sort())
  const paths = sitemapPaths()
  for (const slug of Object.keys(PLACED)) expect(paths, `sitemap`).toContain(`/learn/${slug}`)
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('figures and their tables are there, and the table opens', async ({ page }) => {
    await page.goto('/learn/where-rewards-come-from')
    const figure = figureNamed(page, titleOf('eth-apr-vs-staked'))
    await expect(figure).toBeVisible()
    await figure.getByText('The numbers as a table').click()
    await expect(figure.getByRole('table', { name: /consensus APR/ })).toBeVisible()
    await expect(figure.getByRole('rowheader', { name: /latest figure/ })).toBeVisible()
  })
})
