import type { Page } from '@playwright/test'
import { expect, expectAccessible, test } from './fixtures'

const ARTICLE = '/learn/what-is-defi'

/** Reads the article to its end and answers every quiz question with its first choice. */
async function readAndAnswer(page: Page) {
  await page.goto(ARTICLE)
  const title = (await page.getByRole('heading', { level: 1 }).textContent())!
  const questions = page.getByRole('group', { name: /^Question \d+ of \d+/ })
  const count = await questions.count()
  expect(count).toBeGreaterThanOrEqual(3)
  for (let i = 0; i < count; i++) await questions.nth(i).getByRole('radio').first().check()
  await page.getByRole('navigation', { name: 'Learning path' }).scrollIntoViewIfNeeded()
  return { title, count }
}

test('progress is shown on /, /learn and in prev/next, survives a reload and is forgotten on request', async ({
  page,
}) => {
  const { title, count } = await readAndAnswer(page)
  // Read to the end (the marker after the body) and the quiz, both recorded before leaving the page.
  await expect
    .poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('sfg-progress-v1') ?? '{}').read ?? []))
    .toContain('what-is-defi')

  await page.goto('/learn')
  const readTick = page.getByText(`You have read “${title}”`)
  await expect(readTick).toBeAttached()
  await expect(page.getByText(new RegExp(`^quiz: \\d of ${count} right first time$`))).toBeAttached()
  await expect(page.getByText(/^You have read 1 of \d+ articles\.$/)).toBeVisible()
  await expectAccessible(page, '/learn with progress')

  await page.reload()
  await expect(readTick).toBeAttached()
  await page.goto('/')
  await expect(page.getByText(`You have read “${title}”`)).toBeAttached()
  // The article after what-is-defi in the learning path; its previous link carries the tick.
  await page.goto('/learn/how-staking-works')
  // The ticks at the end of an article load when the reader gets there.
  const learningPath = page.getByRole('navigation', { name: 'Learning path' })
  await learningPath.scrollIntoViewIfNeeded()
  await expect(learningPath.getByText(`You have read “${title}”`)).toBeAttached()

  await page.goto('/learn')
  await page.getByRole('button', { name: 'Forget my progress' }).click()
  await expect(page.getByText('Your progress is forgotten.')).toBeVisible()
  await expect(readTick).not.toBeAttached()
  await page.reload()
  await expect(readTick).not.toBeAttached()
  await expect(page.getByRole('button', { name: 'Forget my progress' })).toHaveCount(0)
})

test('with localStorage throwing, nothing breaks and nothing is shown', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError')
      },
    })
  })
  await readAndAnswer(page)
  await expect(page.getByText(/Correct\.|Not quite\./).first()).toBeVisible()
  await page.goto('/learn')
  await expect(page.getByText(/You have read/)).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Forget my progress' })).toHaveCount(0)
  await page.getByRole('group', { name: 'Section' }).getByText('Rewards', { exact: true }).click()
  await expect(page.getByRole('heading', { level: 2, name: /Basics/ })).toBeHidden()
  // The theme toggle and search still work.
  await page.getByRole('button', { name: /Switch to/ }).click()
  await page.keyboard.press('Control+k')
  await expect(page.getByRole('dialog', { name: 'Search the guide' })).toBeVisible()
})
