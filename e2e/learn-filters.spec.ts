import type { Page } from '@playwright/test'
import { ABORTED_REQUEST, expect, expectAccessible, test } from './fixtures'
import { sitemapPaths } from './sitemap'

/** The /learn filters: links to prerendered pages without JavaScript, instant and in the URL with it. */

const filterGroup = (page: Page, name: 'Section' | 'Difficulty') => page.getByRole('group', { name })
const heading = (page: Page, name: RegExp) => page.getByRole('heading', { level: 2, name })
const status = (page: Page) => page.getByText(/^Showing \d+ of \d+ articles$|^No article matches/)

async function expectCurrent(page: Page, section: string, difficulty: string) {
  await expect(
    filterGroup(page, 'Section').getByRole('link', { name: section, exact: true }),
  ).toHaveAttribute('aria-current', 'page')
  await expect(
    filterGroup(page, 'Difficulty').getByRole('link', { name: difficulty, exact: true }),
  ).toHaveAttribute('aria-current', 'page')
  await expect(page.locator('[aria-current="page"][data-filter]')).toHaveCount(2)
}

test.describe('with JavaScript', () => {
  test('filters in place, keeps the filters in the URL, and Back undoes them', async ({ page }) => {
    await page.goto('/learn')
    const total = Number((await status(page).textContent())!.match(/of (\d+)/)![1])
    // A marker on the window survives only if no page is loaded: the filters apply in place.
    await page.evaluate(() => Object.assign(window, { samePage: true }))
    await filterGroup(page, 'Section').getByRole('link', { name: 'Rewards', exact: true }).click()
    await expect(page).toHaveURL(/\/learn\/section\/rewards$/)
    // Titled as a visit to that page would be (the prerendered page's own title, checked without JavaScript).
    await expect(page).toHaveTitle('Learn: Rewards · Staking Field Guide')
    await expect(heading(page, /Basics/)).toBeHidden()
    await expect(heading(page, /Rewards/)).toBeVisible()
    await expect(status(page)).toHaveText(new RegExp(`^Showing [1-9]\\d* of ${total} articles$`))
    await filterGroup(page, 'Difficulty').getByRole('link', { name: 'Advanced', exact: true }).click()
    await expect(page).toHaveURL(/\/learn\/section\/rewards\/difficulty\/advanced$/)
    await expect(status(page)).toHaveText(/No article matches both filters/)
    await expect(page).toHaveTitle('Learn: Rewards, Advanced · Staking Field Guide')
    await expectAccessible(page, '/learn filtered with JavaScript')
    expect(await page.evaluate(() => 'samePage' in window)).toBe(true)

    await page.goBack()
    await expect(page).toHaveURL(/\/learn\/section\/rewards$/)
    await expectCurrent(page, 'Rewards', 'All')
    await expect(page).toHaveTitle('Learn: Rewards · Staking Field Guide')
    await expect(heading(page, /Basics/)).toBeHidden()
    // The other group's links keep the current filter, so a link opened in a new tab is the same view.
    await expect(
      filterGroup(page, 'Difficulty').getByRole('link', { name: 'Beginner', exact: true }),
    ).toHaveAttribute('href', '/learn/section/rewards/difficulty/beginner')
    await filterGroup(page, 'Section').getByRole('link', { name: 'All', exact: true }).click()
    await expect(page).toHaveURL(/\/learn$/)
    await expect(status(page)).toHaveText(`Showing ${total} of ${total} articles`)
    await expect(page).toHaveTitle('Learn · Staking Field Guide')
  })

  test('a shared link opens with its filters, and an old ?section= link moves to its page', async ({
    page,
  }) => {
    await page.goto('/learn/section/risks/difficulty/beginner')
    await expectCurrent(page, 'Risks and security', 'Beginner')
    await expect(heading(page, /Risks and security/)).toBeVisible()
    await expect(heading(page, /Basics/)).toBeHidden()

    await page.goto('/learn?section=risks&difficulty=nonsense')
    await expect(page).toHaveURL(/\/learn\/section\/risks$/)
    await expectCurrent(page, 'Risks and security', 'All')
    await expect(heading(page, /Basics/)).toBeHidden()
  })
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('filter links load prerendered filtered pages, and Back returns to the last one', async ({ page }) => {
    await page.goto('/learn')
    const total = Number((await status(page).textContent())!.match(/of (\d+)/)![1])
    await filterGroup(page, 'Section').getByRole('link', { name: 'Rewards', exact: true }).click()
    await expect(page).toHaveURL(/\/learn\/section\/rewards$/)
    await expectCurrent(page, 'Rewards', 'All')
    await expect(page).toHaveTitle('Learn: Rewards · Staking Field Guide')
    await expect(heading(page, /Basics/)).toBeHidden()
    await expect(heading(page, /Rewards/)).toBeVisible()
    const shown = page.locator('[data-difficulty]').filter({ visible: true })
    await expect(status(page)).toHaveText(`Showing ${await shown.count()} of ${total} articles`)

    await filterGroup(page, 'Difficulty').getByRole('link', { name: 'Beginner', exact: true }).click()
    await expect(page).toHaveURL(/\/learn\/section\/rewards\/difficulty\/beginner$/)
    await expectCurrent(page, 'Rewards', 'Beginner')
    await expect(page).toHaveTitle('Learn: Rewards, Beginner · Staking Field Guide')
    for (const card of await page.locator('[data-difficulty]').filter({ visible: true }).all()) {
      await expect(card).toHaveAttribute('data-difficulty', 'beginner')
    }
    await page.goBack()
    await expect(page).toHaveURL(/\/learn\/section\/rewards$/)
    await expectCurrent(page, 'Rewards', 'All')
  })
})

test.describe('a filtered page as it is served, before any script runs', () => {
  // axe runs in the page, so scripts stay on, but the site's own are never loaded: the page is its HTML.
  test.use({ allowedConsoleErrors: [ABORTED_REQUEST] })

  test('is accessible', async ({ page }) => {
    await page.route('**/_next/static/**/*.js', (route) => route.abort())
    await page.goto('/learn/section/rewards/difficulty/beginner')
    await expectCurrent(page, 'Rewards', 'Beginner')
    await expect(heading(page, /Basics/)).toBeHidden()
    await expectAccessible(page, '/learn/section/rewards/difficulty/beginner without its scripts')
  })
})

test.describe('the filtered pages', () => {
  test.skip(({ isMobile }) => isMobile, 'response headers and tags do not depend on the viewport')

  test('are canonical to themselves, noindex, out of the sitemap, and unknown filters are 404s', async ({
    request,
  }) => {
    for (const path of [
      '/learn/section/rewards',
      '/learn/difficulty/advanced',
      '/learn/section/builders/difficulty/intermediate',
    ]) {
      const response = await request.get(path)
      expect(response.status(), path).toBe(200)
      const html = await response.text()
      const canonicals = [...html.matchAll(/<link\s+rel="canonical"\s+href="([^"]+)"/g)].map((m) => m[1]!)
      expect(
        canonicals.map((c) => new URL(c).pathname),
        path,
      ).toEqual([path])
      expect(html, path).toContain('<meta name="robots" content="noindex, follow"/>')
      expect(response.headers()['content-security-policy'], path).toContain("'sha256-")
    }
    expect(sitemapPaths().filter((p) => /^\/learn\/(section|difficulty)\//.test(p))).toEqual([])
    for (const path of ['/learn/section', '/learn/section/nope', '/learn/difficulty/expert']) {
      expect((await request.get(path)).status(), path).toBe(404)
    }
  })
})
