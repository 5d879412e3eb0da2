import { glossary } from '../content/glossary'
import { expect, test } from './fixtures'

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
