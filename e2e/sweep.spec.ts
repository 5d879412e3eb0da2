import {
  chooseTheme,
  expect,
  expectAccessible,
  expectColoursAccessible,
  expectNoHorizontalOverflow,
  switchTheme,
  test,
} from './fixtures'
import { expectFiguresDrawn, expectPhoneDrawings, figuresOn, openFigureAlternatives } from './figure-checks'
import { sitemapPaths } from './sitemap'

/**
 * One test per URL of the built sitemap, in one page load: 200, exactly one h1, every in-page anchor resolves,
 * every disclosure is a 24 px target, no console errors (fixture), axe clean (WCAG 2.2 AA) in the light theme,
 * then axe's colour rules in the dark theme the reader switches to with the header's toggle (only colours change
 * with the theme; desktop only, as colours do not depend on the width, and the mobile layout is scanned in the
 * light theme), and no sideways scrolling at 320 px. An article's figures (e2e/figure-checks.ts) are checked in
 * each theme, their text alternatives are open when axe scans, and their phone drawings are checked at 320 px.
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

    // WCAG 2.2's 24 px target (2.5.8) without counting on the space around: Lighthouse measures a disclosure
    // whose neighbours sit in a block the browser has not laid out yet.
    const smallDisclosures = await page.evaluate(() =>
      [...document.querySelectorAll('summary')]
        .filter((summary) => summary.getClientRects().length > 0)
        .filter((summary) => summary.getBoundingClientRect().height < 24)
        .map((summary) => summary.textContent?.trim()),
    )
    expect(smallDisclosures, 'disclosures less than 24 px tall').toEqual([])

    const figures = figuresOn(path)
    await expectFiguresDrawn(page, figures, 'light')
    await openFigureAlternatives(page, figures)
    await expectAccessible(page, `${path} (light)`)
    if (!isMobile) {
      await switchTheme(page, 'dark')
      await expectFiguresDrawn(page, figures, 'dark')
      await expectColoursAccessible(page, `${path} (dark)`)
    }
    await page.setViewportSize({ width: 320, height: 800 })
    await expectPhoneDrawings(page, figures)
    await expectNoHorizontalOverflow(page)
  })
}
