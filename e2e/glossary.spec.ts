import { glossary } from '../content/glossary'
import { expect, reachForPage, test } from './fixtures'

test('every glossary term is reachable on /glossary through its anchor and the A–Z index', async ({
  page,
}) => {
  await page.goto('/glossary')
  for (const entry of glossary) {
    await expect(page.locator(`[id="${entry.id}"]`), entry.id).toContainText(entry.term)
  }
  const index = page.getByRole('navigation', { name: 'Glossary letters' })
  await index.getByRole('link', { name: 'S', exact: true }).click()
  await expect(page).toHaveURL(/#letter-s$/)
  await expect(page.getByRole('heading', { level: 2, name: 'S', exact: true })).toBeInViewport()
})

test('opened by the router from another page, lists every entry, filters them and opens an article in place', async ({
  page,
}) => {
  // The entries are a static part of /glossary (sent as HTML only): after a client-side navigation they come
  // from the page's fetched HTML.
  await page.goto('/learn/what-is-defi')
  await reachForPage(page)
  await page.evaluate(() => ((window as { sameDocument?: boolean }).sameDocument = true))
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Glossary' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible()
  for (const entry of glossary) {
    await expect(page.locator(`[id="${entry.id}"]`), entry.id).toContainText(entry.term)
  }
  await page.getByRole('searchbox', { name: 'Filter terms' }).fill('slashing')
  await expect(page.getByText(/^Showing \d+ of \d+ terms$/)).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: 'A', exact: true })).toBeHidden()
  const slashing = page.locator('[id="slashing"]')
  await expect(slashing).toBeVisible()
  await slashing.getByRole('link').last().click()
  await expect(page).toHaveURL(/\/learn\/[a-z-]+$/)
  expect(await page.evaluate(() => (window as { sameDocument?: boolean }).sameDocument)).toBe(true)
})
