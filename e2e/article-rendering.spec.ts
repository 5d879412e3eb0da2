import {
  expect,
  expectAccessible,
  expectNoHorizontalOverflow,
  layOutEveryBlock,
  SKIPPED_BLOCKS,
  test,
} from './fixtures'
import type { Locator } from '@playwright/test'
import { sitemapPaths } from './sitemap'

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

// Blocks a reader reaches by scrolling are skipped by the browser until they come near (`.render-when-near`,
// app/globals.css; issue 13: page speed).

test('an article lays out its figures, quiz and sources only as the reader nears them', async ({ page }) => {
  await page.goto('/learn/how-staking-works')
  // Except forms and fields a browser may fill in (the calculator, the walkthrough): Chromium's autofill reads
  // their geometry when the document has loaded, which would lay out their whole block, and the page, in one long
  // task after the first paint.
  const formsInSkippedBlocks = await page
    .locator(SKIPPED_BLOCKS)
    .locator('form, input:not([type="hidden"], [type="radio"], [type="checkbox"]), select, textarea')
    .count()
  expect(formsInSkippedBlocks, 'forms and fields inside blocks the browser skips').toBe(0)
  await expect(page.getByLabel('Amount staked', { exact: true })).toHaveCount(1)
  await expect(page.getByRole('button', { name: /^Choose: / }).first()).toBeAttached()
  const skipped = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('.render-when-near')]
        .filter((block) => !block.firstElementChild?.checkVisibility({ contentVisibilityAuto: true }))
        .map((block) => block.tagName.toLowerCase()),
    )
  // At the top of the page every such block is far below: none of them has been laid out. The browser decides
  // which blocks to skip in its first frames after loading, so ask until it has.
  await expect
    .poll(skipped, { message: 'blocks skipped at the top of the page' })
    .toEqual(expect.arrayContaining(['figure', 'section', 'div']))
  const atTop = await skipped()
  expect(atTop.length).toBeGreaterThanOrEqual(4)
  const quiz = page.getByRole('group', { name: /^Question 1 of/ })
  const firstAnswer = quiz.getByRole('radio').first()
  expect(await firstAnswer.evaluate((el) => el.checkVisibility({ contentVisibilityAuto: true }))).toBe(false)
  // Reached, it is drawn and works like any other part of the page.
  await firstAnswer.scrollIntoViewIfNeeded()
  await expect(firstAnswer).toBeVisible()
  expect(await firstAnswer.evaluate((el) => el.checkVisibility({ contentVisibilityAuto: true }))).toBe(true)
  expect((await skipped()).length).toBeLessThan(atTop.length)
})

test('an article lays out its paragraphs and lists only as the reader nears them', async ({ page }) => {
  await page.goto('/learn/how-staking-works')
  // A paragraph or list far below is skipped: its links and emphasis are not drawn until the reader nears it.
  const drawn = (block: Locator) =>
    block
      .locator('a, strong, em, li')
      .first()
      .evaluate((el) => el.checkVisibility({ contentVisibilityAuto: true }))
  const prose = page.locator('[data-pagefind-body]')
  const first = prose
    .locator('p')
    .filter({ has: page.locator('a, strong') })
    .first()
  const last = prose.locator('.static-segment > ul').last()
  await expect.poll(() => drawn(last), { message: 'the last list, at the top of the page' }).toBe(false)
  expect(await drawn(first)).toBe(true)
  await last.scrollIntoViewIfNeeded()
  await expect.poll(() => drawn(last), { message: 'the last list, scrolled to' }).toBe(true)
  await expect(last.getByRole('listitem').first()).toBeVisible()
})

test.describe(() => {
  // Whole device pixels: at a phone's 2.625, the same ring lands on other subpixels once the page has moved.
  test.use({ deviceScaleFactor: 1 })

  test('a focus ring at the edge of such a block is drawn in full, as without the skipping', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 700 })
    await page.goto('/learn/how-staking-works')
    // This source's title wraps to the right edge of the sources block at 320 px: paint containment would cut the
    // right side of its ring, were it not for the block's overflow-clip-margin.
    const link = page
      .getByRole('region', { name: 'Sources' })
      .getByRole('link', { name: /Cosmos Hub documentation/ })
      .first()
    // The strip just right of the block's edge, beside the link's first line: a ring drawn in full reaches into it,
    // a cut ring does not. Shots of the strip with the link focused and not are compared in the same layout, so the
    // check does not depend on where the page's subpixels fall (whole shots of the two layouts did, now and then).
    const ringBeyondEdge = async () => {
      await link.focus()
      // Scrolled to, the block is laid out in the next frame and may change height: scroll until the link stays put.
      await link.evaluate(async (el) => {
        for (let i = 0; i < 3; i++) {
          el.scrollIntoView({ block: 'center', behavior: 'instant' })
          await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
        }
      })
      const strip = await link.evaluate((el) => {
        const edge = el.closest('.render-when-near')!.getBoundingClientRect().right
        const line = el.getClientRects()[0]!
        const top = Math.floor(line.top) - 8
        return { x: Math.ceil(edge), y: top, width: 6, height: Math.ceil(line.bottom) + 8 - top }
      })
      const focused = await page.screenshot({ clip: strip })
      await link.evaluate((el) => el.blur())
      const blurred = await page.screenshot({ clip: strip })
      return !focused.equals(blurred)
    }
    // As served, the block is contained (content-visibility: auto), and its overflow-clip-margin keeps the ring whole.
    expect(await ringBeyondEdge(), 'the ring is drawn past the edge of the contained block').toBe(true)
    // Without the skipping the ring reaches past the edge too: the link still sits at the edge this test is about.
    await layOutEveryBlock(page, 'none')
    expect(await ringBeyondEdge(), 'the ring reaches past the block edge without containment').toBe(true)
  })
})

test('a skipped block, once laid out, sits exactly where it would without skipping, in every article', async ({
  page,
}) => {
  // Every element's box with the blocks laid out and contained, as the browser does once a reader nears them,
  // and then without the containment: a margin that no longer collapses through a block would move everything.
  const boxes = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('main *')].map((el) => {
        const r = el.getBoundingClientRect()
        return `${el.tagName} ${el.id} ${Math.round(r.top + window.scrollY)} ${Math.round(r.left)} ${Math.round(r.height)}`
      }),
    )
  const articles = sitemapPaths().filter((path) => /^\/learn\/[a-z0-9-]+$/.test(path))
  expect(articles.length).toBeGreaterThan(10)
  for (const article of articles) {
    await page.goto(article)
    await layOutEveryBlock(page)
    const contained = await boxes()
    expect(contained.length, article).toBeGreaterThan(200)
    await layOutEveryBlock(page, 'none')
    expect(await boxes(), article).toEqual(contained)
  }
})
