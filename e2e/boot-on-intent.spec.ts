import type { Page } from '@playwright/test'
import { expect, expectAccessible, reachForPage, test } from './fixtures'

/**
 * An article starts the framework's scripts only when the reader reaches for the page or nears an island
 * (lib/boot/on-intent.ts). Until then it is the page readers without JavaScript get, and everything in it works;
 * once started, it is the same page as before. A press of a control that needs JavaScript in between is kept.
 */
const ARTICLE = '/learn/how-staking-works'
/** An article whose first radio group is its quiz (how-staking-works has a calculator and a walkthrough above it). */
const QUIZ_ARTICLE = '/learn/what-is-defi'

/** Next.js's runtime has started (it sets `window.next`) or React has taken over the document. */
const frameworkRunning = (page: Page) =>
  page.evaluate(
    () => 'next' in window || Object.keys(document).some((k) => k.startsWith('__reactContainer$')),
  )

/** Holds the framework's scripts back until `release` is called: the reader's press lands before the page is live. */
async function slowScripts(page: Page): Promise<() => void> {
  let release!: () => void
  const released = new Promise<void>((resolve) => (release = resolve))
  await page.route('**/_next/static/chunks/*.js', async (route) => {
    await released
    await route.fallback()
  })
  return release
}

test('an article runs none of the framework’s scripts while the reader only reads, and all of it once they reach for it', async ({
  page,
}) => {
  await page.goto(ARTICLE, { waitUntil: 'load' })
  await page.mouse.wheel(0, 600)
  await page.waitForTimeout(1_000)
  expect(await frameworkRunning(page), 'scripts run before the reader reached for the page').toBe(false)
  await expect(page.locator('html')).not.toHaveAttribute('data-booting')
  // Readable and usable as it is: the text, the contents, a term's definition (a native popover).
  await expect(page.getByRole('heading', { level: 1, name: 'How staking works' })).toBeVisible()
  await expectAccessible(page, 'article before its scripts start')
  await reachForPage(page)
  expect(await frameworkRunning(page)).toBe(true)
  await expectAccessible(page, 'article once its scripts run')
})

test('a term’s definition opens before the scripts run, as a native popover', async ({ page }) => {
  await page.goto(ARTICLE, { waitUntil: 'load' })
  const term = page.getByRole('button', { name: 'validators', exact: true }).first()
  await term.click()
  await expect(page.locator('#term-validator')).toBeVisible()
})

test('an island coming near starts the scripts by itself, and it works', async ({ page }) => {
  await page.goto(QUIZ_ARTICLE, { waitUntil: 'load' })
  expect(await frameworkRunning(page)).toBe(false)
  // Scrolled by the page, not by an input event: nearing the island is what starts the scripts.
  const quiz = page
    .getByRole('group')
    .filter({ has: page.getByRole('radio') })
    .first()
  await quiz.evaluate((element) => element.scrollIntoView({ block: 'center' }))
  await expect(page.locator('html')).toHaveAttribute('data-booted', '', { timeout: 20_000 })
  await quiz.getByRole('radio').first().check()
  await expect(quiz.locator('[aria-live="polite"]')).toHaveText(/^(Correct\.|Not quite\.) \S/)
})

test('the theme switch pressed before the page is live is applied once it is, once', async ({ page }) => {
  const release = await slowScripts(page)
  await page.goto(ARTICLE, { waitUntil: 'load' })
  const html = page.locator('html')
  const before = (await html.getAttribute('data-theme')) ?? 'light'
  const after = before === 'dark' ? 'light' : 'dark'
  await page.getByRole('button', { name: `Switch to ${after} theme` }).click()
  await expect(html).toHaveAttribute('data-booting', '')
  expect(await html.getAttribute('data-booted')).toBeNull()
  release()
  await expect(html).toHaveAttribute('data-theme', after)
  // Applied once: the switch now offers the way back.
  await expect(page.getByRole('button', { name: `Switch to ${before} theme` })).toBeVisible()
})

test('the search shortcut pressed before the page is live opens search once it is', async ({ page }) => {
  const release = await slowScripts(page)
  await page.goto(ARTICLE, { waitUntil: 'load' })
  await page.keyboard.press('/')
  await expect(page.getByRole('dialog')).toHaveCount(0)
  release()
  const dialog = page.getByRole('dialog', { name: /search/i })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('combobox')).toBeFocused()
})

test('a link followed before the page is live opens the next article as a document, complete', async ({
  page,
}) => {
  await slowScripts(page)
  await page.goto(ARTICLE, { waitUntil: 'load' })
  await page.evaluate(() => Object.assign(window, { samePage: true }))
  const next = page.getByRole('navigation', { name: 'Learning path' }).getByRole('link', { name: /Next/ })
  const href = await next.getAttribute('href')
  await next.click()
  await expect(page).toHaveURL(new RegExp(`${href}$`))
  expect(await page.evaluate(() => 'samePage' in window), 'a document load').toBe(false)
  await expect(page.getByRole('region', { name: 'Sources' })).toBeAttached()
})
