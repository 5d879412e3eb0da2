import { expect, test } from './fixtures'

test.use({ allowedConsoleErrors: [/status of 404/] })

// The last: the build-only route that renders articles' static parts (app/static-segments/) is not served.
for (const path of ['/learn/no-such-article', '/no-such-page', '/static-segments/fiat-on-and-off-ramps']) {
  test(`${path} answers 404 with a helpful page`, async ({ page }) => {
    const response = await page.goto(path)
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found')
    await expect(page.getByRole('link', { name: 'Browse all articles' })).toHaveAttribute('href', '/learn')
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()
  })
}
