import { expect, expectAccessible, expectNoHorizontalOverflow, test } from './fixtures'

// An article's maths is MathML the browser draws (lib/mdx/rehype-native-math.mjs; issue 13: page speed).

test('maths is MathML drawn by the browser: no maths stylesheet or font is downloaded', async ({ page }) => {
  const fetched: string[] = []
  page.on('request', (request) => fetched.push(request.url()))
  await page.goto('/learn/apr-vs-apy')
  const formulas = page.getByRole('math')
  expect(await formulas.count()).toBeGreaterThan(20)
  // A fraction is drawn stacked: its numerator sits wholly above its denominator.
  const fraction = page.locator('math[display="block"] mfrac').first()
  await fraction.scrollIntoViewIfNeeded()
  await expect(fraction).toBeVisible()
  const [numerator, denominator] = await fraction.evaluate((el) =>
    [...el.children].map((part) => part.getBoundingClientRect().toJSON() as DOMRect),
  )
  expect(numerator!.height).toBeGreaterThan(0)
  expect(numerator!.bottom).toBeLessThanOrEqual(denominator!.top + 0.5)
  await expect(page.locator('.katex, .katex-html')).toHaveCount(0)
  expect(fetched.filter((url) => /katex/i.test(url))).toEqual([])
  expect(fetched.filter((url) => /\.(woff2?|ttf)(\?|$)/.test(url)).length).toBeLessThanOrEqual(1)
})

test('a display formula wider than a phone scrolls inside its own box and takes keyboard focus', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 700 })
  await page.goto('/learn/where-rewards-come-from')
  const box = page.locator('.math-display').filter({ hasText: 'base_reward_per_increment' }).first()
  await box.scrollIntoViewIfNeeded()
  const { scrollWidth, clientWidth } = await box.evaluate((el) => ({
    scrollWidth: el.scrollWidth,
    clientWidth: el.clientWidth,
  }))
  expect(scrollWidth).toBeGreaterThan(clientWidth)
  await expectNoHorizontalOverflow(page)
  await box.focus()
  await expect(box).toBeFocused()
  await page.keyboard.press('ArrowRight')
  await expect.poll(() => box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0)
  await expectAccessible(page, 'article with a focused formula')
})
