import { expect, test } from './fixtures'

/** What a new reader looks for first: where the buttons lead, where the menus are, popovers on a phone. */
test.beforeEach(({ isMobile }) => {
  test.skip(isMobile, 'widths are set in each test; the desktop project runs them once')
})

test('the home page’s second button says where it leads, and the footer reaches every section', async ({
  page,
}) => {
  await page.goto('/')
  await expect(page.getByRole('link', { name: /^Browse all \d+ articles$/ })).toHaveAttribute(
    'href',
    '/learn',
  )
  const footer = page.getByRole('navigation', { name: 'Footer' })
  await expect(footer.getByRole('link', { name: 'Embed the calculator on your site' })).toHaveAttribute(
    'href',
    '/embed',
  )
  await expect(footer.getByRole('link', { name: 'About and editorial policy' })).toHaveAttribute(
    'href',
    '/about',
  )
  for (const name of ['Learn', 'Calculator', 'Walkthrough', 'Glossary'])
    await expect(footer.getByRole('link', { name, exact: true })).toBeVisible()
})

for (const width of [390, 1280]) {
  test(`a term’s popover is sized for the screen and stays on it at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 })
    await page.goto('/learn/what-is-defi')
    const terms = page.locator('main button[popovertarget]')
    const count = await terms.count()
    expect(count).toBeGreaterThan(0)
    // The first, a middle and the last term of the article: near either edge and in the middle of lines.
    for (const index of new Set([0, Math.floor(count / 2), count - 1])) {
      const term = terms.nth(index)
      await term.scrollIntoViewIfNeeded()
      await term.click()
      const id = await term.getAttribute('popovertarget')
      const box = await page.locator(`[id="${id}"]`).evaluate((el) => {
        const r = el.getBoundingClientRect()
        return { left: r.left, right: r.right, width: r.width }
      })
      expect(box.width, `popover ${index} width`).toBeGreaterThanOrEqual(Math.min(352, width - 32) - 1)
      expect(box.left, `popover ${index} left edge`).toBeGreaterThanOrEqual(8)
      expect(box.right, `popover ${index} right edge`).toBeLessThanOrEqual(width - 8)
      await page.keyboard.press('Escape')
    }
  })
}
