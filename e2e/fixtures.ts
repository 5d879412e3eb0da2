import AxeBuilder from '@axe-core/playwright'
import axe from 'axe-core'
import { test as base, expect, type Page } from '@playwright/test'

/** WCAG 2.2 AA, as the issues ask: every axe scan uses exactly these tags. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

export type Theme = 'light' | 'dark'

type Fixtures = {
  /** Console messages matching one of these are not failures (e.g. the 404 of a page we expect to 404). */
  allowedConsoleErrors: RegExp[]
}

/** The warning Chromium logs for a page whose Permissions-Policy names a feature it does not know. */
const HEADER_WARNING = /^Error with Permissions-Policy header/

/**
 * Playwright's test, failing any test whose page logs a console error or throws, or warns that one of our headers
 * names something the browser does not know. The check wraps the `page` fixture rather than being automatic, so
 * a test skipped for its project (`test.skip(isMobile, …)`) opens no page at all: about a second saved for each
 * of the hundred or so skipped tests.
 */
export const test = base.extend<Fixtures>({
  allowedConsoleErrors: [[], { option: true }],
  page: async ({ page, allowedConsoleErrors }, run) => {
    const errors: string[] = []
    page.on('console', (m) => {
      if (m.type() === 'error' && !allowedConsoleErrors.some((re) => re.test(m.text()))) errors.push(m.text())
      if (m.type() === 'warning' && HEADER_WARNING.test(m.text())) errors.push(m.text())
    })
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`))
    await run(page)
    expect(errors, 'console errors on the page').toEqual([])
  },
})

export { expect }

/**
 * Acts as a reader reaching for the page (a key press, Shift, which changes nothing on the page), which starts an
 * article's scripts (lib/boot/on-intent.ts; every other page starts them while it loads), and waits until the
 * page is live: `html[data-booted]` (components/site/boot-signal.ts) where the site's header is, React's root
 * where it is not (the embed).
 */
export async function reachForPage(page: Page) {
  await page.keyboard.press('Shift')
  const hasHeader = (await page.getByRole('banner').count()) > 0
  if (hasHeader)
    await expect(page.locator('html'), 'the page is live').toHaveAttribute('data-booted', '', {
      timeout: 20_000,
    })
  else
    await expect
      .poll(() => page.evaluate(() => Object.keys(document).some((k) => k.startsWith('__reactContainer$'))))
      .toBe(true)
}

/** Makes the reader's stored theme choice `theme` before any page script runs. */
export async function chooseTheme(page: Page, theme: Theme) {
  await page.addInitScript((t) => localStorage.setItem('sfg-theme', t), theme)
}

/**
 * Switches the loaded page to `theme` with the header's toggle, as a reader would. The toggle works once the
 * header has hydrated; it sets html[data-theme] as a stored choice would.
 */
export async function switchTheme(page: Page, theme: Theme) {
  const html = page.locator('html')
  await expect(async () => {
    if ((await html.getAttribute('data-theme')) !== theme)
      await page.getByRole('button', { name: `Switch to ${theme} theme` }).click()
    await expect(html).toHaveAttribute('data-theme', theme, { timeout: 1_500 })
  }).toPass({ timeout: 15_000 })
}

/** Runs axe with the WCAG 2.2 AA tags and fails with a readable list of violations. */
export async function expectAccessible(page: Page, label = page.url()) {
  await expectNoViolations(page, scanner(page).withTags(WCAG_TAGS), label)
}

/** The WCAG 2.2 AA rules about colour (axe's `cat.color`: text contrast, links told apart from text). */
export const COLOUR_RULES = axe
  .getRules(WCAG_TAGS)
  .filter((rule) => rule.tags.includes('cat.color'))
  .map((rule) => rule.ruleId)

/**
 * Runs only the colour rules: for a page already scanned in full in one theme and now shown in the other, where
 * only colours changed (names, roles, structure and target sizes do not depend on the theme).
 */
export async function expectColoursAccessible(page: Page, label = page.url()) {
  await expectNoViolations(page, scanner(page).withRules(COLOUR_RULES), label)
}

/**
 * The scan for a state shown in `theme`, when the same state is scanned in both themes: everything in the light
 * theme, only the colour rules in the dark one (names, roles and target sizes do not change with the theme).
 */
export const scanInTheme = (theme: Theme) => (theme === 'light' ? expectAccessible : expectColoursAccessible)

/**
 * axe in the page's own frames (legacy mode: no blank page opened to merge results, which this suite's pages,
 * without cross-origin frames to combine, do not need), reporting violations only: axe then skips building the
 * list of every node that passed, the slowest part of a scan on a long article.
 */
const scanner = (page: Page) =>
  // options() first: called after withTags() it replaces the tag filter, and axe would run every rule.
  new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).setLegacyMode(true)

async function expectNoViolations(page: Page, builder: AxeBuilder, label: string) {
  // axe reads the geometry of the whole page at once (target sizes, contrast behind text), and a block the browser
  // skips has none yet: its links would seem to sit on top of each other. Readers only ever see such a block laid
  // out, contained, which is what axe checks.
  await layOutEveryBlock(page)
  const results = await builder.analyze()
  await handBackBlocks(page)
  const violations = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} → ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join(' | ')}`,
  )
  expect(violations, `axe violations on ${label}`).toEqual([])
}

/** Every block the browser skips until the reader nears it (app/globals.css): the big ones and the prose's own. */
export const SKIPPED_BLOCKS = '.render-when-near, .prose > .static-segment > :is(p, ul, ol)'

/**
 * Lays out every block the browser skips until the reader nears it (`SKIPPED_BLOCKS`), with
 * the containment the browser gives it once it is near (`layout style paint`) or with none. `handBackBlocks` undoes it.
 */
export async function layOutEveryBlock(
  page: Page,
  contain: 'layout style paint' | 'none' = 'layout style paint',
) {
  await page.evaluate(
    ([selector, contain]) => {
      for (const block of document.querySelectorAll<HTMLElement>(selector)) {
        block.style.contentVisibility = 'visible'
        block.style.contain = contain
      }
    },
    [SKIPPED_BLOCKS, contain] as const,
  )
}

/** Hands the blocks `layOutEveryBlock` laid out back to the browser. */
async function handBackBlocks(page: Page) {
  await page.evaluate((selector) => {
    for (const block of document.querySelectorAll<HTMLElement>(selector)) {
      block.style.removeProperty('content-visibility')
      block.style.removeProperty('contain')
    }
  }, SKIPPED_BLOCKS)
}

/** The page never scrolls sideways (text, tables and maths wrap or scroll inside their own box). */
export async function expectNoHorizontalOverflow(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  )
  expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0)
}

/**
 * From now on, counts what the network carried for every script the page loads (Chromium's
 * encodedDataLength: gzip bytes plus headers, the measure of scripts/bench/page-weight.mjs). Returns a reader.
 */
export async function countScriptBytes(page: Page): Promise<() => number> {
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
  return () => total
}

/** The browser's report of a request the test aborted (see skipRouterPrefetches). */
export const ABORTED_REQUEST = /^Failed to load resource: net::ERR_FAILED$/

/**
 * Aborts the router's prefetches of other pages (requests with the `next-router-prefetch` header), so a
 * measure counts the page's own load and not, depending on timing, the JavaScript of pages its links lead to.
 * Tests using it allow ABORTED_REQUEST in `allowedConsoleErrors`.
 */
export async function skipRouterPrefetches(page: Page) {
  await page.route('**/*', (route) =>
    route.request().headers()['next-router-prefetch'] ? route.abort() : route.fallback(),
  )
}
