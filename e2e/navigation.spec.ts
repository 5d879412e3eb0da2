import { ABORTED_REQUEST, expect, reachForPage, test } from './fixtures'

/** What only machines read (structured data, the payload React hydrates from) is the same at every width. */
const MACHINE_READ = 'machine-read output does not depend on the viewport; checked once, on desktop'

test('a reader goes from the home page to an article, jumps with the contents and reaches the next article', async ({
  page,
  isMobile,
}) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Learn how staking really works')

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Learn' }).click()
  await expect(page).toHaveURL(/\/learn$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Learn' })).toBeVisible()
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Learn' }),
  ).toHaveAttribute('aria-current', 'page')

  const basics = page.getByRole('region', { name: /Basics/ })
  const firstTitle = (await basics.getByRole('link').first().textContent())!
  await basics.getByRole('link').first().click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(firstTitle)
  await expect(
    page.getByRole('note').filter({ hasText: 'Educational only, not financial advice.' }).first(),
  ).toBeVisible()
  await expect(page.getByRole('region', { name: 'Key takeaways' })).toBeVisible()

  // The table of contents: collapsible on mobile, in the sidebar on desktop.
  if (isMobile) await page.getByText('On this page', { exact: true }).first().click()
  const toc = page.getByRole('navigation', { name: 'On this page' }).filter({ visible: true })
  const third = toc.getByRole('link').nth(2)
  const targetId = (await third.getAttribute('href'))!.slice(1)
  await third.click()
  await expect(page).toHaveURL(new RegExp(`#${targetId}$`))
  const heading = page.locator(`[id="${targetId}"]`)
  await expect(heading).toBeInViewport()
  // Smooth scrolling may still be running: wait for the heading to settle near the top.
  await expect.poll(() => heading.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(150)
  if (!isMobile)
    await expect(toc.getByRole('link', { name: (await heading.textContent())!.trim() })).toHaveAttribute(
      'aria-current',
      'location',
    )

  const learningPath = page.getByRole('navigation', { name: 'Learning path' })
  const next = learningPath.getByRole('link', { name: /Next/ })
  // The link's second line is the title (the reader's progress tick, if any, follows it).
  const nextTitle = (await next.locator('span').nth(1).textContent())!
  await next.click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(nextTitle)
})

test('an article lists its sources with the date they were read', async ({ page }) => {
  await page.goto('/learn/what-is-defi')
  const sources = page.getByRole('region', { name: 'Sources' })
  await expect(sources.getByRole('listitem').first()).toContainText(/accessed [A-Z][a-z]+ \d{1,2}, \d{4}/)
  for (const href of await sources
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
    expect(href).toMatch(/^https:\/\//)
  }
})

test('an article carries Article structured data matching its frontmatter', async ({ page, isMobile }) => {
  test.skip(isMobile, MACHINE_READ)
  await page.goto('/learn/what-is-defi')
  // The first of the page's JSON-LD scripts is the Article (the second its BreadcrumbList).
  const json = await page.locator('script[type="application/ld+json"]').first().textContent()
  const data = JSON.parse(json!)
  expect(data['@type']).toBe('Article')
  expect(data.headline).toBe(await page.getByRole('heading', { level: 1 }).textContent())
  expect(data.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/)
})

test('a link in an article’s text opens the next article in place while the first one’s quiz is still far below', async ({
  page,
}) => {
  // Both articles have a quiz, an island whose code loads when reached: the article being opened must not wait
  // for the quiz of the one being left (which the reader never scrolled to).
  await page.goto('/learn/what-is-defi')
  // The reader has been on the page a moment (a key pressed): the router is up, so the link opens in place.
  await reachForPage(page)
  await page.evaluate(() => Object.assign(window, { samePage: true }))
  await page.getByRole('link', { name: 'Proof of stake explained' }).first().click()
  await expect(page).toHaveURL(/\/learn\/proof-of-stake$/)
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/proof of stake/i)
  expect(await page.evaluate(() => 'samePage' in window), 'a client-side navigation').toBe(true)
  // The new article's quiz works once reached.
  const question = page
    .getByRole('group')
    .filter({ has: page.getByRole('radio') })
    .first()
  await question.scrollIntoViewIfNeeded()
  await question.getByRole('radio').first().check()
  await expect(question.locator('[aria-live="polite"]')).toHaveText(/^(Correct\.|Not quite\.) \S/)

  // Back in the same document: the first article shows its text again (its prose is not in the router's data;
  // the page kept it when it first showed it).
  await page.goBack()
  await expect(page).toHaveURL(/\/learn\/what-is-defi$/)
  await expect(page.getByRole('link', { name: 'Proof of stake explained' }).first()).toBeVisible()
  expect(await page.evaluate(() => 'samePage' in window), 'a client-side navigation').toBe(true)
})

test('an article’s text is sent once, in its HTML, not a second time in the data React hydrates from', async ({
  page,
  isMobile,
}) => {
  test.skip(isMobile, MACHINE_READ)
  await page.goto('/learn/fiat-on-and-off-ramps')
  const html = await (await page.request.get('/learn/fiat-on-and-off-ramps')).text()
  // The page as the reader has it, without React's inline data (the `self.__next_f` scripts).
  const shown = await page.evaluate(() => {
    const copy = document.documentElement.cloneNode(true) as HTMLElement
    for (const script of copy.querySelectorAll('script'))
      if (script.textContent?.includes('self.__next_f')) script.remove()
    return copy.outerHTML
  })
  const count = (text: string, phrase: string) => text.split(phrase).length - 1
  const texts = {
    prose: page.locator('[data-pagefind-body] p').first(),
    takeaways: page.getByRole('region', { name: 'Key takeaways' }).getByRole('listitem').first(),
    sources: page.getByRole('region', { name: 'Sources' }).getByRole('listitem').first(),
  }
  for (const [part, locator] of Object.entries(texts)) {
    // A run of plain words: no quotes or entities that the HTML and the DOM would spell differently.
    const phrase = (await locator.textContent())!.match(/[A-Za-z ]{24,}/)![0]
    await expect(page.getByText(phrase).first(), part).toBeVisible()
    expect(count(html, phrase), `"${phrase}" (${part}) in the HTML`).toBe(count(shown, phrase))
  }
  // The prose's glossary terms still open their definitions.
  await page.locator('[data-pagefind-body] button.term').first().click()
  await expect(page.getByRole('dialog', { name: /^Definition: / })).toBeVisible()
})

test('an article fetches no other page while it loads and is read; the page a reader points at is fetched ahead and opens in place', async ({
  page,
  isMobile,
}) => {
  const prefetched: string[] = []
  page.on('request', (request) => {
    if (request.headers()['next-router-prefetch']) prefetched.push(new URL(request.url()).pathname)
  })
  await page.goto('/learn/what-is-defi')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  // Scrolling through the article brings the header, in-text, related and next links into view.
  await page.keyboard.press('End')
  await page.waitForLoadState('networkidle')
  expect(prefetched, 'pages fetched without the reader reaching for a link').toEqual([])

  const glossary = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Glossary' })
  await page.keyboard.press('Home')
  const fetched = page.waitForRequest((request) => new URL(request.url()).pathname === '/glossary')
  if (isMobile) await glossary.dispatchEvent('touchstart')
  else await glossary.hover()
  await fetched
  // Pages, not requests: Next.js may fetch one page ahead in several requests (its route tree, then segments).
  expect([...new Set(prefetched)]).toEqual(['/glossary'])

  // A client-side navigation: the document is not loaded again.
  await page.evaluate(() => ((window as Window & { sameDocument?: boolean }).sameDocument = true))
  await glossary.click()
  await expect(page.getByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible()
  expect(await page.evaluate(() => (window as Window & { sameDocument?: boolean }).sameDocument)).toBe(true)
})

test.describe('when an article’s HTML cannot be fetched', () => {
  test.use({ allowedConsoleErrors: [ABORTED_REQUEST] })

  test('a client-side navigation to it loads it as a document instead, whole', async ({ page }) => {
    await page.goto('/learn/what-is-defi')
    await reachForPage(page)
    await page.evaluate(() => Object.assign(window, { samePage: true }))
    // The article's HTML as the page fetches it for its static parts fails; the router's own data (`?_rsc=`)
    // and the document itself still load.
    let refused = 0
    await page.route('**/learn/proof-of-stake', (route) => {
      if (route.request().resourceType() !== 'fetch') return route.fallback()
      refused += 1
      return route.abort()
    })
    await page.getByRole('link', { name: 'Proof of stake explained' }).first().click()
    await expect(page).toHaveURL(/\/learn\/proof-of-stake$/)
    await expect(page.getByRole('heading', { level: 1 })).toContainText(/proof of stake/i)
    await expect(page.getByRole('region', { name: 'Key takeaways' })).toBeVisible()
    await expect(page.getByRole('region', { name: 'Sources' })).toBeVisible()
    expect(refused).toBeGreaterThan(0)
    expect(await page.evaluate(() => 'samePage' in window), 'a document load').toBe(false)
    // The document replaced the router's entry: Back returns to the first article.
    await page.goBack()
    await expect(page).toHaveURL(/\/learn\/what-is-defi$/)
  })
})
