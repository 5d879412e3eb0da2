import { glossary } from '../content/glossary'
import { expect, expectAccessible, test } from './fixtures'

const ARTICLE = '/learn/what-is-defi'

test('a glossary term opens its definition by click or keyboard, closes with Escape and links to the glossary', async ({
  page,
}) => {
  await page.goto(ARTICLE)
  const term = page.getByRole('button', { name: 'blockchain', exact: true }).first()
  await term.click()
  const popover = page.getByRole('dialog', { name: 'Definition: Blockchain' })
  await expect(popover).toBeVisible()
  await expect(popover).toContainText(glossary.find((e) => e.id === 'blockchain')!.short)
  await expectAccessible(page, 'article with an open term')
  await page.keyboard.press('Escape')
  await expect(popover).toBeHidden()

  await term.focus()
  await page.keyboard.press('Enter')
  await expect(popover).toBeVisible()
  await popover.getByRole('link', { name: 'Read more in the glossary' }).click()
  await expect(page).toHaveURL(/\/glossary#blockchain$/)
  await expect(page.locator('[id="blockchain"]')).toBeInViewport()
})

test('the quiz tells the reader whether an answer is right, and why', async ({ page }) => {
  await page.goto(ARTICLE)
  const question = page
    .getByRole('group')
    .filter({ has: page.getByRole('radio') })
    .first()
  await question.scrollIntoViewIfNeeded()
  const radios = question.getByRole('radio')
  const count = await radios.count()
  expect(count).toBeGreaterThanOrEqual(2)
  const feedback = question.locator('[aria-live="polite"]')

  const verdicts: string[] = []
  for (let i = 0; i < count; i++) {
    await radios.nth(i).check()
    await expect(feedback).toHaveText(/^(Correct\.|Not quite\.) \S/)
    verdicts.push((await feedback.textContent())!.startsWith('Correct.') ? 'right' : 'wrong')
  }
  expect(verdicts.filter((v) => v === 'right')).toHaveLength(1)
  await expectAccessible(page, 'article with an answered quiz')
})

test('a dated statistic shows its value, source and date in print too', async ({ page }) => {
  await page.goto(ARTICLE)
  await page.emulateMedia({ media: 'print' })
  const stat = page.locator('.stat').first()
  await expect(stat).toBeVisible()
  await expect(stat).toContainText(/as of [A-Z][a-z]+ \d{1,2}, \d{4}/)
  await expect(stat.getByRole('link')).toHaveAttribute('href', /^https:\/\//)
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden()
  await expect(page.getByRole('navigation', { name: 'Learning path' })).toBeHidden()
  await expect(page.getByRole('region', { name: 'Sources' })).toBeVisible()
})
