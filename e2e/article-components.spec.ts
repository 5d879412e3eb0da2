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

test('the quiz shows a score on first answers once every question is answered, and starts again', async ({
  page,
}) => {
  await page.goto(ARTICLE)
  const questions = page.getByRole('group').filter({ has: page.getByRole('radio') })
  const total = await questions.count()
  expect(total).toBeGreaterThanOrEqual(3)
  // The quiz's code loads when the reader reaches it; its score region exists only once it is live.
  await questions.first().scrollIntoViewIfNeeded()
  const score = page.getByRole('region', { name: 'Your score' })
  await score.scrollIntoViewIfNeeded()
  await expect(score).toContainText(`0 of ${total} questions answered`)
  await expect(score.getByRole('button', { name: 'Start the quiz again' })).toHaveCount(0)

  // First answers: the first choice of every question; count how many of them were right.
  let right = 0
  for (let i = 0; i < total; i++) {
    const question = questions.nth(i)
    await question.getByRole('radio').first().check()
    const feedback = question.locator('[aria-live="polite"]')
    await expect(feedback).toHaveText(/^(Correct\.|Not quite\.) \S/)
    if ((await feedback.textContent())!.startsWith('Correct.')) right++
    if (i < total - 1) await expect(score).toContainText(`${i + 1} of ${total} questions answered`)
  }
  const expected =
    right === total
      ? `You got all ${total} right on the first try.`
      : `You got ${right} of ${total} right on the first try.`
  await expect(score.getByRole('status')).toContainText(expected)

  // Trying another choice afterwards shows its explanation but does not change the score.
  await questions.first().getByRole('radio').last().check()
  await expect(score.getByRole('status')).toContainText(expected)
  await expectAccessible(page, 'article with a scored quiz')

  await score.getByRole('button', { name: 'Start the quiz again' }).click()
  await expect(questions.first().getByRole('radio').first()).toBeFocused()
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(0)
  await expect(score.getByRole('status')).toBeEmpty()
  await expect(score).toContainText(`0 of ${total} questions answered`)
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

test('an article’s text starts flush with its column, as Typography lays out a page’s first block', async ({
  page,
}) => {
  // The prose is grouped in static parts (display: contents); the first one is marked at compile time so its first
  // block loses its top margin (app/globals.css), which a structural selector would cost a whole-page restyle.
  for (const slug of ['fiat-on-and-off-ramps', 'how-staking-works']) {
    await page.goto(`/learn/${slug}`)
    const margin = await page
      .locator('[data-pagefind-body] > :first-child > :first-child')
      .evaluate((el) => getComputedStyle(el).marginTop)
    expect(margin, slug).toBe('0px')
  }
})
