import { expect, test } from './fixtures'

test('the theme follows the system until the reader toggles it, and the choice survives a reload without a flash', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' })
  await page.goto('/learn')
  const html = page.locator('html')
  await expect(html).not.toHaveAttribute('data-theme', /.+/)

  await page.getByRole('button', { name: 'Switch to dark theme' }).click()
  await expect(html).toHaveAttribute('data-theme', 'dark')
  await expect(page.getByRole('button', { name: 'Switch to light theme' })).toBeVisible()
  const darkBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
  expect(darkBg).toBe('rgb(16, 19, 23)')

  // Record the theme from the very first parse: when <body> appears (before anything can paint), the
  // stored dark choice must already be applied.
  await page.addInitScript(() => {
    const seen: string[] = []
    ;(window as unknown as { __themes: string[] }).__themes = seen
    const observer = new MutationObserver(() => {
      if (document.body && !seen.length) {
        seen.push(document.documentElement.dataset.theme ?? 'system')
        seen.push(`bg:${getComputedStyle(document.documentElement).backgroundColor}`)
      } else if (seen.length) seen.push(document.documentElement.dataset.theme ?? 'system')
    })
    observer.observe(document, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['data-theme'],
    })
    document.addEventListener('DOMContentLoaded', () => observer.disconnect())
  })
  await page.reload()
  await expect(html).toHaveAttribute('data-theme', 'dark')
  const themes = await page.evaluate(() => (window as unknown as { __themes: string[] }).__themes)
  expect(themes[0]).toBe('dark')
  expect(themes[1]).toBe('bg:rgb(16, 19, 23)')
  expect(themes).not.toContain('light')
  expect(themes).not.toContain('system')

  await page.getByRole('button', { name: 'Switch to light theme' }).click()
  await page.reload()
  await expect(html).toHaveAttribute('data-theme', 'light')
})

test('a dark system gets the dark palette before any script runs', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark', javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/')
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(16, 19, 23)')
  await context.close()
})
