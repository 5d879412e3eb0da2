import type { Locator, Page } from '@playwright/test'
import { expect, expectAccessible, expectNoHorizontalOverflow, test } from './fixtures'
import { two, typeInto } from './calculator-helpers'

/** Layout checks at exact widths, so both projects run them the same way (one is enough). */
test.beforeEach(({ isMobile }) => {
  test.skip(isMobile, 'the widths are set in each test; the desktop project runs them once')
})

type Box = { top: number; bottom: number; left: number; right: number }
const box = (locator: Locator): Promise<Box> =>
  locator.evaluate((el) => {
    const r = el.getBoundingClientRect()
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right }
  })
const inViewport = async (page: Page, locator: Locator) => {
  const b = await box(locator)
  const height = page.viewportSize()!.height
  return b.top >= 0 && b.bottom <= height
}
const overlaps = (a: Box, b: Box) =>
  a.top < b.bottom && b.top < a.bottom && a.left < b.right && b.left < a.right

test.describe('at 390 px (a phone)', () => {
  test.use({ viewport: { width: 390, height: 664 }, hasTouch: true })

  test('the key result stays in view while the reader types, and never covers the field', async ({
    page,
  }) => {
    await page.goto('/calculator')
    const bar = page.locator('[data-results-bar]')
    for (const [label, value] of [
      ['Amount staked', '2500'],
      ['Commission or platform fee', '10'],
    ] as const) {
      const field = page.getByLabel(label, { exact: true })
      await typeInto(field, value)
      await expect.poll(() => inViewport(page, bar), `bar in view while editing ${label}`).toBe(true)
      expect(overlaps(await box(bar), await box(field)), `bar covers ${label}`).toBe(false)
      expect(await inViewport(page, field)).toBe(true)
    }
    // 2,500 at 5 % daily less 10 % commission.
    await expect(bar).toContainText(`${two(2500 * (1 + 0.045 / 365) ** 365)} TOKEN`)
    await expect(bar.getByRole('status')).toHaveText(/^Final balance [\d,.]+ TOKEN$/)
    await expect(bar.getByRole('link', { name: 'All results' })).toHaveAttribute('href', /#.+-results$/)
    await expectNoHorizontalOverflow(page)
  })

  test('the compared paths are stacked rows, every column visible without sideways scrolling', async ({
    page,
  }) => {
    await page.goto('/calculator?network=ethereum')
    const table = page.getByRole('table', { name: 'Compare staking paths' })
    await table.scrollIntoViewIfNeeded()
    const region = page.locator('[role=region][aria-label="Compare staking paths"]')
    const scroll = await region.evaluate((el) => el.scrollWidth - el.clientWidth)
    expect(scroll, 'sideways scroll inside the table').toBeLessThanOrEqual(0)
    const exchange = table.getByRole('row', { name: /Exchange staking/ })
    const last = await box(exchange.getByRole('cell').last())
    expect(last.left).toBeGreaterThanOrEqual(0)
    expect(last.right).toBeLessThanOrEqual(390)
    // Each value carries its column's name on a phone (shown before it from data-label).
    const fee = exchange.getByRole('cell').first()
    await expect(fee).toHaveAttribute('data-label', 'Fee on rewards')
    await expect(fee).toHaveCSS('display', 'flex')
    // Why a path is unavailable is a note under the table, not text inside a number cell.
    await expect(page.getByText('Why a path is not available')).toBeVisible()
    await expectAccessible(page, 'calculator at 390 px')
  })

  test('an article calculator keeps its key result in view too', async ({ page }) => {
    await page.goto('/learn/apr-vs-apy')
    const calculator = page.getByRole('region', { name: 'Staking rewards calculator' }).first()
    const field = calculator.getByLabel('Amount staked')
    await typeInto(field, '2000')
    const bar = calculator.locator('[data-results-bar]')
    await expect(bar).toContainText(`${two(2000 * (1 + 0.08 / 365) ** 365)} TOKEN`)
    await expect.poll(() => inViewport(page, bar)).toBe(true)
  })
})

test.describe('at 1280 px (a desktop)', () => {
  test.use({ viewport: { width: 1280, height: 720 } })

  test('results stay beside the form as it scrolls, and the phone bar is hidden', async ({ page }) => {
    await page.goto('/calculator')
    await expect(page.locator('[data-results-bar]')).toBeHidden()
    // Scroll to the end of the form: the results column is much shorter, and stays in view beside it.
    await page
      .getByRole('region', { name: 'Your scenario' })
      .evaluate((el) => el.scrollIntoView({ block: 'end', behavior: 'instant' }))
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(300)
    const final = page.getByRole('region', { name: 'Results' }).getByRole('term').first()
    await expect(final).toBeInViewport()
  })
})

test.describe('the deeper sections', () => {
  test.use({ viewport: { width: 1280, height: 720 } })

  test('a “Per month” click made before the section’s code has loaded is kept', async ({ page }) => {
    await page.goto('/calculator')
    // From now on every script arrives late, as on a slow connection.
    await page.route('**/_next/static/chunks/**', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500))
      await route.continue()
    })
    const month = page.getByRole('radio', { name: 'Per month' })
    await month.scrollIntoViewIfNeeded()
    await month.click()
    await expect(month).toBeChecked()
    await expect(page.getByRole('table', { name: /month by month/ })).toBeVisible({ timeout: 15_000 })
    await expect(month).toBeChecked()
  })

  test('the chart shows the rewards above a labelled principal baseline, without Recharts warnings', async ({
    page,
  }) => {
    const warnings: string[] = []
    page.on('console', (m) => {
      if (/width\(0\)|height\(0\)/.test(m.text())) warnings.push(m.text())
    })
    await page.goto('/calculator')
    const section = page.getByRole('region', { name: 'Balance over time' })
    await section.scrollIntoViewIfNeeded()
    await expect(section.getByRole('group', { name: /Balance in TOKEN by day/ })).toBeVisible()
    await expect(section).toContainText(
      'The vertical axis starts at the amount staked, 1,000.00 TOKEN, not at zero',
    )
    await section.getByRole('radio', { name: 'Table' }).check()
    await section.getByRole('radio', { name: 'Chart' }).check()
    await expect(section.getByRole('group', { name: /Balance in TOKEN by day/ })).toBeVisible()
    expect(warnings).toEqual([])
  })
})
