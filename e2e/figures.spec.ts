import type { Page } from '@playwright/test'
import { CHART_IDS, CHARTS, DIAGRAM_IDS, DIAGRAMS } from '../lib/figures'
import {
  chooseTheme,
  expect,
  expectAccessible,
  expectNoHorizontalOverflow,
  test,
  type Theme,
} from './fixtures'

/** Where each figure is placed. Every figure in lib/figures must be in some article. */
const PLACED: Record<string, readonly string[]> = {
  'how-staking-works': ['validator-lifecycle'],
  'first-stake': ['stake-steps'],
  'ways-to-stake': ['who-holds-the-keys', 'liquid-staking-flow'],
  'liquid-staking-in-depth': ['liquid-staking-flow'],
  'restaking-in-2025-26': ['restaking-stack'],
  'where-rewards-come-from': ['eth-apr-vs-staked', 'solana-inflation'],
  'mev-and-execution-rewards': ['mev-supply-chain'],
  'distributed-validators': ['dvt-cluster'],
  'apr-vs-apy': ['compounding-frequencies'],
  'beyond-protocol-staking': ['impermanent-loss'],
  'risks-of-staking': ['liquidity-timeline'],
}

const titleOf = (id: string): string => {
  const diagram = (DIAGRAMS as Record<string, { title: string }>)[id]
  const chart = (CHARTS as Record<string, () => { title: string }>)[id]
  const title = diagram?.title ?? chart?.().title
  if (title === undefined) throw new Error(`unknown figure ${id}`)
  return title
}

/** The figure around the drawing named `title` (only the drawing for the current width is exposed). */
const figureNamed = (page: Page, title: string) =>
  page.getByRole('figure').filter({ has: page.getByRole('group', { name: title, exact: true }) })

test('every figure is placed in an article', () => {
  expect([...new Set(Object.values(PLACED).flat())].sort()).toEqual([...CHART_IDS, ...DIAGRAM_IDS].sort())
})

for (const [slug, ids] of Object.entries(PLACED)) {
  for (const theme of ['light', 'dark'] as Theme[]) {
    test(`${slug}: figures render with real text, a caption and a text alternative (${theme})`, async ({
      page,
      isMobile,
    }) => {
      // The phone drawings get their own scan in the light theme; theme colours do not depend on the width.
      test.skip(
        isMobile && theme === 'dark',
        'the dark theme is checked on desktop; colours do not depend on the width',
      )
      await chooseTheme(page, theme)
      await page.goto(`/learn/${slug}`)
      for (const id of ids) {
        const figure = figureNamed(page, titleOf(id))
        await expect(figure).toBeVisible()
        await expect(figure.locator('figcaption')).not.toBeEmpty()
        const drawing = figure.getByRole('group', { name: titleOf(id), exact: true })
        expect(await drawing.locator('text').count()).toBeGreaterThan(3)
        // Text is drawn in the theme's text colour (a token), not a fixed colour.
        const [fill, text] = await drawing
          .locator('text')
          .first()
          .evaluate((el) => [getComputedStyle(el).fill, getComputedStyle(document.body).color])
        expect(['rgb(27, 30, 35)', 'rgb(230, 232, 235)', 'rgb(84, 91, 103)', 'rgb(164, 172, 184)']).toContain(
          fill,
        )
        expect(text).toBe(theme === 'dark' ? 'rgb(230, 232, 235)' : 'rgb(27, 30, 35)')
        const alternative = figure.locator('details')
        await alternative.getByText(/^The (numbers as a table|diagram as text)$/).click()
        await expect(alternative.getByRole('table').or(alternative.getByRole('list'))).toBeVisible()
      }
      // The rest of the article is the sweep's; this state opens the figures' text alternatives.
      await expectAccessible(page, `${slug}: figures with their alternatives open (${theme})`, 'figure')
    })
  }
}

test.describe('at 320 px', () => {
  test.use({ viewport: { width: 320, height: 720 } })
  test.skip(({ isMobile }) => isMobile, 'the width is set here; the desktop project runs it once')

  for (const slug of Object.keys(PLACED)) {
    test(`${slug}: the phone drawings fit without horizontal scrolling`, async ({ page }) => {
      await page.goto(`/learn/${slug}`)
      for (const id of PLACED[slug] ?? []) {
        const drawing = figureNamed(page, titleOf(id)).getByRole('group', { name: titleOf(id), exact: true })
        await expect(drawing).toHaveAttribute('viewBox', /^0 0 280 /)
        const box = await drawing.boundingBox()
        expect(box?.width).toBeLessThanOrEqual(320)
        expect(box?.width).toBeGreaterThan(240)
      }
      await expectNoHorizontalOverflow(page)
    })
  }
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
