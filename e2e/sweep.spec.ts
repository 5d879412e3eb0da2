import { chooseTheme, expect, expectAccessible, expectNoHorizontalOverflow, test } from './fixtures'
import { sitemapPaths } from './sitemap'

/**
 * Two tests per URL of the built sitemap. In the light theme, on both projects: 200, exactly one h1, every
 * in-page anchor resolves, no console errors (fixture), axe clean (WCAG 2.2 AA) in the project's layout, and no
 * sideways scrolling at 320 px. In the dark theme, on desktop: 200 and axe clean.
 */
for (const path of sitemapPaths()) {
  test(`sweep ${path}`, async ({ page }) => {
    // One full axe run: the glossary's (about 550 KB of DOM) takes a quarter of a minute on a busy 2-core machine.
    test.setTimeout(90_000)
    await chooseTheme(page, 'light')
    const response = await page.goto(path)
    expect(response?.status(), `status of ${path}`).toBe(200)
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light')
    await expect(page.locator('h1')).toHaveCount(1)

    const broken = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLAnchorElement>('a[href*="#"]')]
        .filter((a) => a.pathname === location.pathname && a.hash.length > 1)
        .map((a) => decodeURIComponent(a.hash.slice(1)))
        .filter((id) => !document.getElementById(id)),
    )
    expect(broken, 'links to anchors that do not exist').toEqual([])

    await expectAccessible(page, `${path} (light)`)
    await page.setViewportSize({ width: 320, height: 800 })
    await expectNoHorizontalOverflow(page)
  })

  test(`sweep ${path} (dark)`, async ({ page, isMobile }) => {
    test.skip(isMobile, 'colours do not depend on the width: the mobile layout is checked in the light theme')
    test.setTimeout(90_000)
    await chooseTheme(page, 'dark')
    const response = await page.goto(path)
    expect(response?.status(), `status of ${path}`).toBe(200)
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
    await expectAccessible(page, `${path} (dark)`)
  })
}
