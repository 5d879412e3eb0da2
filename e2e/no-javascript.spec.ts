import { expect, layOutEveryBlock, test } from './fixtures'
import { result, two } from './calculator-helpers'

test.use({ javaScriptEnabled: false })

test('an article is fully readable with JavaScript disabled', async ({ page }) => {
  await page.goto('/learn/what-is-defi')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Key takeaways' })).toBeVisible()
  // The text a reader sees on scrolling through: blocks still off screen are skipped and have no innerText.
  await layOutEveryBlock(page)
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

test('a calculator inside an article shows its default scenario and submits to /calculator', async ({
  page,
}) => {
  await page.goto('/learn/apr-vs-apy')
  const calculator = page.getByRole('region', { name: 'Staking rewards calculator' }).first()
  await expect(calculator).toBeVisible()
  // apr={0.08} compounded daily on the default 1,000 tokens for a year.
  const final = (amount: number) => `${two(amount * (1 + 0.08 / 365) ** 365)} TOKEN`
  await expect(result(calculator, 'Final balance')).toHaveText(final(1000))
  await calculator.getByLabel('Amount staked').fill('2000')
  await calculator.getByRole('button', { name: 'Update results' }).click()
  await expect(page).toHaveURL(/\/calculator\?.*amount=2000/)
  await expect(result(page, 'Final balance')).toHaveText(final(2000))
})

test('a calculator inside an article links to its balance table on /calculator', async ({ page }) => {
  await page.goto('/learn/apr-vs-apy')
  // The second calculator's (the Ethereum preset); the first is compact and has no balance section.
  await page
    .getByRole('link', { name: 'See the balance day by day as a table in the full calculator' })
    .click()
  await expect(page).toHaveURL(/\/calculator\?network=ethereum$/)
  await expect(
    page.getByRole('table', { name: 'Balance in ETH by day, with and without compounding' }),
  ).toBeVisible()
})

test('a network preset on /calculator shows its figures and network model in place', async ({ page }) => {
  // Their code loads lazily in the browser; the server renders them in place (no streamed-in boundary).
  await page.goto('/calculator?network=ethereum&rates=model')
  await expect(page.getByText('Ethereum model')).toBeVisible()
  // Each figure with its source and as-of date.
  await expect(page.getByText(/, as of [A-Z][a-z]+ \d+, 20\d\d\)/).first()).toBeVisible()
  await expect(page.getByRole('combobox', { name: 'Rate over time' })).toHaveValue('model')
  await expect(page.getByRole('combobox', { name: 'Withdrawal credentials (solo validator)' })).toBeVisible()
  const results = page.getByRole('region', { name: 'Results' })
  await expect(results).toContainText(/Gross APR year 1: \d+\.\d\d%/)
  await expect(results).toContainText('A solo validator with 0x01 credentials ends with')
})
