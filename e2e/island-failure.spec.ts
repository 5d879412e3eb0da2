import type { Page } from '@playwright/test'
import { ABORTED_REQUEST, expect, expectAccessible, reachForPage, test } from './fixtures'

/**
 * An article's islands load their code when the reader nears them. When that code cannot be fetched (a deploy
 * removed it, the connection dropped), the island falls back to the version it has without JavaScript and the
 * rest of the article stays: no error page in place of the text the reader was reading.
 */
// One pattern: Playwright reads a two-item array given to test.use as a [value, options] pair.
const CHUNK_FAILURE = new RegExp(`${ABORTED_REQUEST.source}|Failed to load chunk`)
test.use({ allowedConsoleErrors: [CHUNK_FAILURE] })

/** The line above an island that fell back to its version without JavaScript. */
const FALLBACK_NOTICE = 'The interactive version of this part could not load'

/**
 * Holds every script request from now on until the returned function is called, then refuses them all: the code
 * an island fetches when the reader nears it is on its way while the reader acts, then never comes.
 */
async function refuseScriptsLater(page: Page): Promise<() => void> {
  let refuse!: () => void
  const refused = new Promise<void>((resolve) => (refuse = resolve))
  await page.route('**/_next/static/chunks/**', async (route) => {
    await refused
    await route.abort()
  })
  return refuse
}

test('an island whose code cannot load shows its version without JavaScript, as the reader left it; the article stays', async ({
  page,
}) => {
  await page.goto('/learn/how-staking-works')
  await reachForPage(page)
  const refuse = await refuseScriptsLater(page)
  // The reader opens an answer while the quiz's code is on its way (the disclosure works without it).
  const reveal = page.getByText('Show the answer and explanations').first()
  await reveal.click()
  const answer = page.getByText('Answer:').first()
  await expect(answer).toBeVisible()
  refuse()
  await expect(page.getByText(FALLBACK_NOTICE, { exact: false }).first()).toBeVisible()
  // Every refused island has fallen back once no request is left.
  await page.waitForLoadState('networkidle')
  await expect(page.getByRole('heading', { level: 1, name: 'How staking works' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Something went wrong' })).toHaveCount(0)
  // The answer the reader opened is still open, and the quiz's own disclosures still work, as without JavaScript.
  await expect(answer).toBeVisible()
  await reveal.click()
  await expect(answer).toBeHidden()
  await reveal.click()
  await expect(answer).toBeVisible()
  await expectAccessible(page, 'article with an island that failed to load')
})

test('a calculator whose code cannot load keeps the amount the reader typed, and its form still submits', async ({
  page,
}) => {
  await page.goto('/learn/how-staking-works')
  await reachForPage(page)
  const refuse = await refuseScriptsLater(page)
  const calculator = page.getByRole('region', { name: 'Staking rewards calculator' }).first()
  await calculator.getByLabel('Amount staked').fill('2000')
  refuse()
  await expect(page.getByText(FALLBACK_NOTICE, { exact: false }).first()).toBeVisible()
  await page.waitForLoadState('networkidle')
  // The same locators find the fallback's copy of the calculator.
  await expect(calculator.getByLabel('Amount staked')).toHaveValue('2000')
  await calculator.getByRole('button', { name: 'Update results' }).click()
  await expect(page).toHaveURL(/\/calculator\?.*amount=2000/)
})

test('an island opened by a client-side navigation whose code cannot load says so; the article stays', async ({
  page,
}) => {
  await page.goto('/learn/what-is-defi')
  await reachForPage(page)
  const next = page.getByRole('navigation', { name: 'Learning path' }).getByRole('link', { name: /Next/ })
  await next.scrollIntoViewIfNeeded()
  // The article opened next has a quiz too: its code (loaded at once after a navigation) is refused.
  await page.route('**/_next/static/chunks/**', (route) => route.abort())
  await next.click()
  await expect(page.getByRole('heading', { level: 1, name: 'How staking works' })).toBeVisible()
  await expect(page.getByText('This part of the page could not load.').first()).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Something went wrong' })).toHaveCount(0)
  // The rest of the article is there, through to its sources.
  await expect(page.getByRole('region', { name: 'Sources' })).toBeVisible()
  await expectAccessible(page, 'article opened in place with an island that failed to load')
})
