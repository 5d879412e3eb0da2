import {
  chooseTheme,
  expect,
  expectAccessible,
  expectColoursAccessible,
  expectNoHorizontalOverflow,
  test,
} from './fixtures'
import { sitemapPaths } from './sitemap'

/**
 * One test per URL of the built sitemap, in one page load: 200, exactly one h1, every in-page anchor resolves,
 * no console errors (fixture), axe clean (WCAG 2.2 AA) in the light theme, then axe's colour rules in the dark
 * theme the reader switches to with the header's toggle (only colours change with the theme; desktop only, as
 * colours do not depend on the width, and the mobile layout is scanned in the light theme), and no sideways
 * scrolling at 320 px.
 */
for (const path of sitemapPaths()) {
  test(`sweep ${path}`, async ({ page, isMobile }) => {
    // Two full axe runs: the glossary's (about 550 KB of DOM) take half a minute on a busy 2-core machine.
    test.setTimeout(90_000)
    await chooseTheme(page, 'light')
    const response = await page.goto(path)
    expect(response?.status(), `status of ${path}`).toBe(200)
    const html = page.locator('html')
    await expect(html).toHaveAttribute('data-theme', 'light')
    await expect(page.locator('h1')).toHaveCount(1)

    const broken = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLAnchorElement>('a[href*="#"]')]
        .filter((a) => a.pathname === location.pathname && a.hash.length > 1)
        .map((a) => decodeURIComponent(a.hash.slice(1)))
        .filter((id) => !document.getElementById(id)),
    )
    expect(broken, 'links to anchors that do not exist').toEqual([])

    await expectAccessible(page, `${path} (light)`)
    if (!isMobile) {
      // The toggle works once the header has hydrated; it sets html[data-theme] as a stored choice would.
      await expect(async () => {
        if ((await html.getAttribute('data-theme')) !== 'dark')
          await page.getByRole('button', { name: 'Switch to dark theme' }).click()
        await expect(html).toHaveAttribute('data-theme', 'dark', { timeout: 1_500 })
      }).toPass({ timeout: 15_000 })
      await expectColoursAccessible(page, `${path} (dark)`)
    }
    await page.setViewportSize({ width: 320, height: 800 })
    await expectNoHorizontalOverflow(page)
  })
}
