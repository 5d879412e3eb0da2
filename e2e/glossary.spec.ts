import { glossary } from '../content/glossary'
import { expect, test } from './fixtures'
import { sitemapPaths } from './sitemap'

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

test('every article lists at least one source, each an https link', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'content does not depend on the viewport')
  const articles = sitemapPaths().filter((p) => p.startsWith('/learn/'))
  expect(articles.length).toBeGreaterThanOrEqual(14)
  for (const path of articles) {
    await page.goto(path)
    const links = page.getByRole('region', { name: 'Sources' }).getByRole('link')
    expect(await links.count(), `sources on ${path}`).toBeGreaterThan(0)
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href'))))
      expect(href).toMatch(/^https:\/\//)
  }
})
