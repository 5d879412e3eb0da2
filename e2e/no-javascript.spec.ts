import { expect, test } from './fixtures'

test.use({ javaScriptEnabled: false })

test('an article is fully readable with JavaScript disabled', async ({ page }) => {
  await page.goto('/learn/what-is-defi')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Key takeaways' })).toBeVisible()
  const body = await page.locator('[data-pagefind-body]').innerText()
  expect(body.split(/\s+/).length).toBeGreaterThan(600)
  await expect(page.getByRole('region', { name: 'Sources' })).toBeVisible()
  // Quiz answers reveal through a native disclosure.
  const reveal = page.getByText('Show the answer and explanations').first()
  await reveal.click()
  await expect(page.getByText('Answer:').first()).toBeVisible()
  // The score needs JavaScript, so it is not offered without it.
  await expect(page.getByRole('region', { name: 'Your score' })).toHaveCount(0)
  // No theme toggle that cannot work without JavaScript.
  await expect(page.getByRole('button', { name: /Switch to/ })).toBeHidden()
})
