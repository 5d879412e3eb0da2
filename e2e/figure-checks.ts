import type { Page } from '@playwright/test'
import { CHARTS, DIAGRAMS } from '../lib/figures'
import { expect, type Theme } from './fixtures'

/**
 * What a reader checks on an article's figures, run by the sweep in the page load it already makes for the
 * article (e2e/sweep.spec.ts), in each theme and at 320 px. e2e/figures.spec.ts checks that every figure is placed.
 */

/** Where each figure is placed. Every figure in lib/figures must be in some article. */
export const PLACED: Record<string, readonly string[]> = {
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

/** The figures placed on `path` (an article's path), none for other pages. */
export const figuresOn = (path: string): readonly string[] =>
  PLACED[/^\/learn\/([^/?#]+)$/.exec(path)?.[1] ?? ''] ?? []

export const titleOf = (id: string): string => {
  const diagram = (DIAGRAMS as Record<string, { title: string }>)[id]
  const chart = (CHARTS as Record<string, () => { title: string }>)[id]
  const title = diagram?.title ?? chart?.().title
  if (title === undefined) throw new Error(`unknown figure ${id}`)
  return title
}

/** The figure around the drawing named `title` (only the drawing for the current width is exposed). */
export const figureNamed = (page: Page, title: string) =>
  page.getByRole('figure').filter({ has: page.getByRole('group', { name: title, exact: true }) })

const drawingOf = (page: Page, id: string) =>
  figureNamed(page, titleOf(id)).getByRole('group', { name: titleOf(id), exact: true })

/** The theme's text colours (tokens), light then dark. Figures never draw text in a fixed colour. */
const TEXT_TOKENS = ['rgb(27, 30, 35)', 'rgb(230, 232, 235)', 'rgb(84, 91, 103)', 'rgb(164, 172, 184)']
const BODY_TEXT: Record<Theme, string> = { light: 'rgb(27, 30, 35)', dark: 'rgb(230, 232, 235)' }

/** Each figure shows, with a caption, a drawing with real text in the theme's text colour. */
export async function expectFiguresDrawn(page: Page, ids: readonly string[], theme: Theme) {
  for (const id of ids) {
    const figure = figureNamed(page, titleOf(id))
    await expect(figure, `figure ${id}`).toBeVisible()
    await expect(figure.locator('figcaption'), `caption of ${id}`).not.toBeEmpty()
    const drawing = drawingOf(page, id)
    expect(await drawing.locator('text').count(), `text in ${id}`).toBeGreaterThan(3)
    const [fill, text] = await drawing
      .locator('text')
      .first()
      .evaluate((el) => [getComputedStyle(el).fill, getComputedStyle(document.body).color])
    expect(TEXT_TOKENS, `text colour of ${id} (${theme})`).toContain(fill)
    expect(text, `body text colour (${theme})`).toBe(BODY_TEXT[theme])
  }
}

/** Opens each figure's text alternative, a table or a list, as a reader would. */
export async function openFigureAlternatives(page: Page, ids: readonly string[]) {
  for (const id of ids) {
    const alternative = figureNamed(page, titleOf(id)).locator('details')
    await alternative.getByText(/^The (numbers as a table|diagram as text)$/).click()
    await expect(
      alternative.getByRole('table').or(alternative.getByRole('list')),
      `text alternative of ${id}`,
    ).toBeVisible()
  }
}

/** At 320 px each figure shows its phone drawing (280 wide), which fits the screen. */
export async function expectPhoneDrawings(page: Page, ids: readonly string[]) {
  for (const id of ids) {
    const drawing = drawingOf(page, id)
    await expect(drawing, `phone drawing of ${id}`).toHaveAttribute('viewBox', /^0 0 280 /)
    const box = await drawing.boundingBox()
    expect(box?.width, `width of ${id} at 320 px`).toBeLessThanOrEqual(320)
    expect(box?.width, `width of ${id} at 320 px`).toBeGreaterThan(240)
  }
}
