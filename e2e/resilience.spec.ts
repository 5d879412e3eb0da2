import type { Page } from '@playwright/test'
import { result, typeInto } from './calculator-helpers'
import { expect, layOutEveryBlock, reachForPage, test } from './fixtures'
import {
  BROKEN_TEXT,
  articleCalculators,
  articleSlug,
  articleWalkthroughs,
  articleSource,
  attributesScenario,
  breakStorage,
  finalBalanceText,
  isHydrated,
  queryScenario,
} from './resilience-helpers'
import { sitemapPaths } from './sitemap'

/**
 * Issue #13: every route keeps working with JavaScript disabled and with storage throwing. Per-URL loops over
 * the built sitemap (plus the URLs only a query reaches), on the desktop project: the server's HTML and the
 * islands do not depend on the viewport, and the mobile project would double the suite's time.
 */
const CALCULATOR_URLS = [
  '/calculator?amount=2500&apr=6&compounding=monthly&commission=10&days=730',
  '/calculator?network=solana&days=3650&rates=model',
  '/embed/calculator?amount=750&apr=5&compounding=weekly&days=500',
]
const QUERY_URLS = [
  ...CALCULATOR_URLS,
  '/walkthrough?step=rewards&network=cosmos&method=delegated&provider=b&amount=100&days=30',
  '/search?q=staking',
]
const PATHS = [...sitemapPaths(), ...QUERY_URLS]
/** A hostile query: each bad value gets its own message and the result uses the stated default. */
const BAD_CALCULATOR_URL = '/calculator?amount=abc&apr=-5&days=1e999'

/** Each article shows at least this share of its MDX prose words (the rest is markup the count cannot strip). */
const MIN_PROSE_SHARE = 0.8
/** A page that is not an article still has this many words of content in <main>. */
const MIN_PAGE_WORDS = 40

test.beforeEach(({ isMobile }) => {
  test.skip(isMobile, 'server HTML and islands are the same at every width; one project keeps the sweep fast')
})

/** The visible text of <main> has no NaN, undefined, Infinity or [object Object]. */
async function expectNoBrokenText(page: Page) {
  const text = await page.locator('body').innerText()
  expect(text.match(BROKEN_TEXT)?.[0], 'broken value in the visible text').toBeUndefined()
}

test.describe('JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false })

  test('the loop reaches every article of the sitemap', () => {
    expect(PATHS.filter((path) => articleSlug(path) !== null).length).toBeGreaterThanOrEqual(14)
  })

  for (const path of [...PATHS, BAD_CALCULATOR_URL]) {
    test(`no-JS ${path}`, async ({ page }) => {
      const response = await page.goto(path)
      expect(response?.status(), `status of ${path}`).toBe(200)
      await expect(page.locator('h1')).toHaveCount(1)
      await expect(page.locator('h1')).toBeVisible()
      const main = page.locator('main')
      await expect(main).toBeVisible()
      // The text a reader sees on scrolling through: blocks still off screen are skipped and have no innerText.
      await layOutEveryBlock(page)
      await expectNoBrokenText(page)

      const slug = articleSlug(path)
      if (slug !== null) {
        const source = articleSource(slug)
        const body = await page.locator('[data-pagefind-body]').innerText()
        const words = body.split(/\s+/).filter((w) => /[a-z]/i.test(w)).length
        expect(words, `visible words of ${slug} (MDX prose: ${source.proseWords})`).toBeGreaterThan(
          source.proseWords * MIN_PROSE_SHARE,
        )
        // Every article lists its sources, each an https link.
        const sources = page.getByRole('region', { name: 'Sources' }).getByRole('link')
        const hrefs = await sources.evaluateAll((as) => as.map((a) => a.getAttribute('href')))
        expect(hrefs.length, `sources on ${path}`).toBeGreaterThan(0)
        for (const href of hrefs) expect(href, `a source on ${path}`).toMatch(/^https:\/\//)
        // Quizzes reveal their answers through a native disclosure (one per question).
        const reveals = page.getByText('Show the answer and explanations')
        expect(await reveals.count(), 'quiz answer disclosures').toBeGreaterThanOrEqual(source.quizzes)
        if (source.quizzes > 0) {
          await reveals.first().click()
          await expect(page.getByText('Answer:').first()).toBeVisible()
        }
        // Charts and diagrams are server-rendered SVG, drawn without any script (some have a narrow and a
        // wide drawing, one of them hidden).
        const drawings = page
          .locator('[data-pagefind-body] svg:is([role="img"], [role="group"])')
          .filter({ visible: true })
        expect(await drawings.count(), 'visible charts and diagrams').toBeGreaterThanOrEqual(source.figures)
        // Walkthroughs show their first step.
        const walkthroughs = articleWalkthroughs(page)
        await expect(walkthroughs).toHaveCount(source.stakingFlows)
        for (let i = 0; i < source.stakingFlows; i++)
          await expect(walkthroughs.nth(i).getByText(/^Step 1 of \d+/)).toBeVisible()
        // Every calculator shows its own scenario's result, as the engine works it out.
        const calculators = articleCalculators(page)
        await expect(calculators).toHaveCount(source.calculators.length)
        for (const [i, attributes] of source.calculators.entries()) {
          const expected = finalBalanceText(attributesScenario(attributes))
          await expect(result(calculators.nth(i), 'Final balance'), `calculator ${i + 1}`).toHaveText(
            expected,
          )
        }
        // A walkthrough's choices are GET forms: without JavaScript they continue on /walkthrough.
        if (source.stakingFlows > 0) {
          await walkthroughs
            .first()
            .getByRole('button', { name: /^Choose: / })
            .first()
            .click()
          await expect(page).toHaveURL(/\/walkthrough\?/)
          await expect(page.getByText(/^Step 2 of \d+/)).toBeVisible()
        }
        return
      }
      const words = (await main.innerText()).split(/\s+/).filter((w) => /[a-z]/i.test(w)).length
      expect(words, `visible words in <main> of ${path}`).toBeGreaterThanOrEqual(MIN_PAGE_WORDS)
      if (CALCULATOR_URLS.includes(path) || path === BAD_CALCULATOR_URL)
        await expect(result(page, 'Final balance')).toHaveText(finalBalanceText(queryScenario(path)))
      if (path === BAD_CALCULATOR_URL) {
        await expect(
          page.getByText(/^Amount must be a number.*using the default, 1,000 tokens/),
        ).toBeVisible()
        await expect(page.getByText(/^APR must be between 0% and 1,000%; using 0%/)).toBeVisible()
        await expect(
          page.getByText(/^Duration must be a finite number; using the default, 365 days/),
        ).toBeVisible()
      }
    })
  }
})

/** Keeps doing `act` until `check` passes: an island may hydrate only once it is reached or its chunk arrives. */
async function untilItWorks(act: () => Promise<void>, check: () => Promise<void>) {
  await expect(async () => {
    await act()
    await check()
  }).toPass({ timeout: 15_000 })
}

/** The route's own interactive thing, besides the theme toggle and search every page has. */
async function expectMainInteractionWorks(page: Page, path: string) {
  const slug = articleSlug(path)
  if (slug !== null) {
    const source = articleSource(slug)
    if (source.calculators.length > 0) {
      const calculator = articleCalculators(page).first()
      await calculator.scrollIntoViewIfNeeded()
      const expected = finalBalanceText({ ...attributesScenario(source.calculators[0]!), amount: 2000 })
      await untilItWorks(
        () => typeInto(calculator.getByLabel('Amount staked', { exact: true }), '2000'),
        () => expect(result(calculator, 'Final balance')).toHaveText(expected, { timeout: 1_500 }),
      )
    }
    if (source.stakingFlows > 0) {
      const walkthrough = articleWalkthroughs(page).first()
      await walkthrough.scrollIntoViewIfNeeded()
      await untilItWorks(
        () =>
          walkthrough
            .getByRole('button', { name: /^Choose: / })
            .first()
            .click(),
        () => expect(walkthrough.getByText(/^Step 2 of \d+/)).toBeVisible({ timeout: 1_500 }),
      )
    }
    if (source.quizzes > 0) {
      const question = page.getByRole('group', { name: /^Question 1 of \d+/ }).first()
      await question.scrollIntoViewIfNeeded()
      await untilItWorks(
        () => question.getByRole('radio').first().check(),
        () => expect(question.getByText(/^(Correct|Not quite)\./)).toBeVisible({ timeout: 1_500 }),
      )
    }
    return
  }
  const route = path.split('?')[0]
  if (route === '/calculator' || route === '/embed/calculator') {
    const expected = finalBalanceText({ ...queryScenario(path), amount: 2000 })
    await untilItWorks(
      () => typeInto(page.getByLabel('Amount staked', { exact: true }), '2000'),
      () => expect(result(page, 'Final balance')).toHaveText(expected, { timeout: 1_500 }),
    )
  } else if (path === '/walkthrough') {
    await page.getByRole('button', { name: /Use Cosmos Hub/ }).click()
    await page.getByRole('button', { name: /Choose: delegation/ }).click()
    await expect(page.getByRole('heading', { level: 2, name: 'Choose a validator' })).toBeVisible()
  } else if (route === '/walkthrough') {
    await page.getByRole('button', { name: 'Move the clock +1 year' }).click()
    await expect(page.getByText('Day 395 of staking')).toBeVisible()
  } else if (path === '/learn') {
    await page.getByRole('group', { name: 'Section' }).getByText('Rewards', { exact: true }).click()
    await expect(page.getByRole('heading', { level: 2, name: /Basics/ })).toBeHidden()
  }
}

/**
 * The theme toggle and the search dialog live in the site's layout, the same on every page: checked on every
 * route that is not an article and on one article (each article checks its own islands instead). The embedded
 * calculator has no site header.
 */
const checksHeader = (path: string) =>
  !path.startsWith('/embed/calculator') && (articleSlug(path) === null || path === '/learn/what-is-defi')

test.describe('storage throwing on every access', () => {
  for (const path of PATHS) {
    test(`no storage ${path}`, async ({ page }) => {
      await breakStorage(page)
      const response = await page.goto(path)
      expect(response?.status(), `status of ${path}`).toBe(200)
      const storageError = await page.evaluate(() => {
        try {
          return [localStorage, sessionStorage].length === 2 ? 'reachable' : 'missing'
        } catch (error) {
          return (error as DOMException).name
        }
      })
      expect(storageError, 'storage is blocked for this test').toBe('SecurityError')
      await reachForPage(page)
      await expect.poll(() => isHydrated(page), 'React hydrated the page').toBe(true)
      await expect(page.locator('h1')).toHaveCount(1)

      if (checksHeader(path)) {
        const html = page.locator('html')
        const before = await html.getAttribute('data-theme')
        const after = before === 'dark' ? 'light' : 'dark'
        await untilItWorks(
          async () => {
            if ((await html.getAttribute('data-theme')) !== after)
              await page.getByRole('button', { name: /Switch to/ }).click()
          },
          () => expect(html).toHaveAttribute('data-theme', after, { timeout: 1_500 }),
        )
        await page.getByRole('button', { name: 'Search', exact: true }).click()
        const dialog = page.getByRole('dialog', { name: 'Search the guide' })
        await expect(dialog).toBeVisible()
        await page.keyboard.press('Escape')
        await expect(dialog).toBeHidden()
      }
      await expectMainInteractionWorks(page, path)
      await expectNoBrokenText(page)
    })
  }
})
