import networks from '../content/data/networks.json' with { type: 'json' }
import { expect, expectAccessible, expectNoHorizontalOverflow, test } from './fixtures'

const figures = Object.entries(networks.figures)

test('the /data page lists every figure with its source, dates and status', async ({ page }) => {
  await page.goto('/data')
  await expect(page.getByRole('heading', { level: 1, name: 'Network data' })).toBeVisible()
  for (const network of ['Ethereum', 'Solana', 'Cosmos Hub']) {
    await expect(page.getByRole('table', { name: `${network} figures` })).toBeVisible()
  }
  expect(await page.getByRole('row').count()).toBe(figures.length + 3)
  for (const [id, figure] of figures) {
    const row = page.getByRole('row').filter({ has: page.locator(`[id="${id}"]`) })
    await expect(row.getByRole('link', { name: figure.source.title })).toHaveAttribute(
      'href',
      figure.source.url,
    )
    await expect(row.getByRole('cell').last()).toHaveText(/^(Current|Out of date)$/)
  }
  const secondary = figures.filter(([, f]) => f.secondary).length
  await expect(page.getByText('Secondary source', { exact: true })).toHaveCount(secondary)
  await expectAccessible(page)
  await expectNoHorizontalOverflow(page)
})

test('the calculator says how current its network data is and links to /data', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'the note does not depend on the viewport')
  await page.goto('/calculator?network=solana')
  const note = page.getByText(/^Network data as of /)
  await expect(note).toBeVisible()
  await page.getByRole('link', { name: 'every figure with its source and date' }).click()
  await expect(page).toHaveURL(/\/data$/)
  await page.goto('/walkthrough')
  await expect(page.getByText(/^Network data as of /)).toBeVisible()
})
