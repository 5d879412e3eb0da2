import { expect, expectAccessible, expectNoHorizontalOverflow, test } from './fixtures'
import { sitemapPaths } from './sitemap'

/**
 * One test per URL of the built sitemap: 200, exactly one h1, every in-page anchor resolves, no console
 * errors (fixture), axe clean (WCAG 2.2 AA) in the light and the dark theme, and no sideways scrolling at 320 px.
 */
for (const path of sitemapPaths()) {
  test(`sweep ${path}`, async ({ page }) => {
    // Two full axe runs and two reloads per URL: the glossary's (about 550 KB of DOM) take half a minute on a
    // busy 2-core machine, so the sweep gets more than the default 45 s.
    test.setTimeout(120_000)
    const response = await page.goto(path)
    expect(response?.status(), `status of ${path}`).toBe(200)
    await page.evaluate(() => localStorage.setItem('sfg-theme', 'light'))
    await page.reload()
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
    await page.evaluate(() => localStorage.setItem('sfg-theme', 'dark'))
    await page.reload()
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
    await expectAccessible(page, `${path} (dark)`)

    await page.setViewportSize({ width: 320, height: 800 })
    await expectNoHorizontalOverflow(page)
  })
}
