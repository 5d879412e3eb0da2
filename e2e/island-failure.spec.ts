import { ABORTED_REQUEST, expect, expectAccessible, test } from './fixtures'
import { isHydrated } from './resilience-helpers'

/**
 * An article's islands load their code when the reader nears them. When that code cannot be fetched (a deploy
 * removed it, the connection dropped), the island falls back to the version it has without JavaScript and the
 * rest of the article stays: no error page in place of the text the reader was reading.
 */
// One pattern: Playwright reads a two-item array given to test.use as a [value, options] pair.
const CHUNK_FAILURE = new RegExp(`${ABORTED_REQUEST.source}|Failed to load chunk`)
test.use({ allowedConsoleErrors: [CHUNK_FAILURE] })

test('an island whose code cannot load shows its version without JavaScript; the article stays', async ({
  page,
}) => {
  await page.goto('/learn/how-staking-works')
  await expect.poll(() => isHydrated(page), 'React hydrated the page').toBe(true)
  // From now on no script arrives: the quiz's code, fetched when the reader reaches it, never comes.
  await page.route('**/_next/static/chunks/**', (route) => route.abort())
  const notice = page.getByText('The interactive version of this part could not load', { exact: false })
  await page.getByText('Show the answer and explanations').first().scrollIntoViewIfNeeded()
  await expect(notice.first()).toBeVisible()
  await expect(page.getByRole('heading', { level: 1, name: 'How staking works' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Something went wrong' })).toHaveCount(0)
  // The quiz's own disclosure still reveals the answers, as it does without JavaScript.
  const reveal = page.getByText('Show the answer and explanations').first()
  await reveal.click()
  await expect(page.getByText('Answer:').first()).toBeVisible()
  await expectAccessible(page, 'article with an island that failed to load')
})

test('an island opened by a client-side navigation whose code cannot load says so; the article stays', async ({
  page,
}) => {
  await page.goto('/learn/what-is-defi')
  await expect.poll(() => isHydrated(page), 'React hydrated the page').toBe(true)
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
