import type { Page } from '@playwright/test'
import { countScriptBytes, expect, expectAccessible, test } from './fixtures'
import { sitemapPaths } from './sitemap'

const ARTICLE = '/learn/staking-taxes'

/** A long word of ARTICLE's body that appears nowhere else on the site's articles or glossary. */
async function wordOnlyInBodyOf(page: Page): Promise<string> {
  const others = await Promise.all(
    [...sitemapPaths().filter((p) => p.startsWith('/learn/') && p !== ARTICLE), '/glossary'].map(async (p) =>
      (await (await page.request.get(p)).text()).toLowerCase(),
    ),
  )
  await page.goto(ARTICLE)
  const title = (await page.getByRole('heading', { level: 1 }).textContent())!.toLowerCase()
  const body = await page.locator('[data-pagefind-body]').innerText()
  const word = [...new Set(body.toLowerCase().match(/\b[a-z]{9,}\b/g) ?? [])].find(
    (w) => !title.includes(w) && others.every((html) => !html.includes(w)),
  )
  expect(word, 'a word unique to the article body').toBeDefined()
  return word!
}

/** Presses `key` until the search dialog is open (the page may still be hydrating on the first press). */
async function openSearchWith(page: Page, key: string) {
  const dialog = page.getByRole('dialog', { name: 'Search the guide' })
  await expect(async () => {
    await page.keyboard.press(key)
    await expect(dialog).toBeVisible({ timeout: 1000 })
  }).toPass()
  return dialog
}

/** Moves the active option with the arrow keys until it is the one named `name`, reading only the DOM. */
async function arrowTo(page: Page, name: RegExp) {
  const options = page.getByRole('option')
  await expect(options.filter({ hasText: name }).first()).toBeVisible()
  const texts = await options.allTextContents()
  const index = texts.findIndex((t) => name.test(t))
  for (let i = 0; i <= index; i++) await page.keyboard.press('ArrowDown')
  await expect(page.getByRole('option', { selected: true })).toContainText(name)
}

test('finds an article by a word of its body, keyboard only, and opens it', async ({ page }) => {
  const word = await wordOnlyInBodyOf(page)
  await page.goto('/learn/what-is-defi')
  const dialog = await openSearchWith(page, '/')
  await expect(dialog.getByRole('combobox')).toBeFocused()
  await page.keyboard.type(word)
  await arrowTo(page, /tax/i)
  await expect(page.getByRole('option', { selected: true }).locator('mark').first()).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`${ARTICLE}$`))
  await expect(dialog).toBeHidden()
})

test('finds a glossary term by name with Ctrl-K and opens its anchor', async ({ page }) => {
  await page.goto('/learn')
  const dialog = await openSearchWith(page, 'Control+k')
  await expect(dialog.getByRole('combobox')).toBeFocused()
  await page.keyboard.type('slashing')
  await arrowTo(page, /^Slashing\s*Glossary/)
  await expectAccessible(page, 'search dialog with results')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/glossary#slashing$/)
  await expect(page.locator('[id="slashing"]')).toBeInViewport()
})

test('Esc closes the dialog and returns focus to the search button', async ({ page }) => {
  await page.goto('/')
  const button = page.getByRole('button', { name: 'Search' })
  await button.focus()
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'Search the guide' })
  await expect(dialog.getByRole('combobox')).toBeFocused()
  await page.keyboard.type('zzqqxx')
  await expect(dialog.getByRole('status')).toHaveText(/No results for “zzqqxx”/)
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(button).toBeFocused()
})

test('"/" typed in a field stays a slash', async ({ page }) => {
  await page.goto('/glossary')
  const filter = page.getByRole('searchbox', { name: 'Filter terms' })
  await filter.fill('')
  await filter.press('/')
  await expect(filter).toHaveValue('/')
  await expect(page.getByRole('dialog')).toBeHidden()
})

test('an article loads no search code until the dialog opens, then loads it once', async ({
  page,
}, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'transfer sizes do not depend on the viewport')
  const searchRequests: string[] = []
  page.on('request', (r) => {
    if (r.url().includes('/pagefind/')) searchRequests.push(r.url())
  })
  await page.goto(ARTICLE, { waitUntil: 'load' })
  await page.waitForTimeout(1000)
  expect(searchRequests, 'Pagefind requests before the dialog opens').toEqual([])
  const scriptsBefore = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name))

  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Network.enable')
  let bytes = 0
  cdp.on('Network.loadingFinished', (e) => (bytes += e.encodedDataLength))
  const scriptBytes = await countScriptBytes(page)
  await page.getByRole('button', { name: 'Search' }).click()
  await page.getByRole('combobox').fill('validator')
  await expect(page.getByRole('option').first()).toBeVisible()
  await page.waitForTimeout(500)
  const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name))
  const newScripts = loaded.filter((u) => !scriptsBefore.includes(u) && /\.js(\?|$)/.test(u))
  expect(newScripts.some((u) => u.endsWith('/pagefind/pagefind.js'))).toBe(true)
  testInfo.annotations.push(
    { type: 'search-js-gzip-bytes', description: String(scriptBytes()) },
    { type: 'search-first-query-total-bytes', description: String(bytes) },
    { type: 'search-scripts', description: newScripts.join(' ') },
  )
})

/** Paths of the index files the build lists for offline use, and their total size. */
async function offlineFileList(page: Page): Promise<{ files: string[]; bytes: number }> {
  return (await (await page.request.get('/pagefind/offline-files.json')).json()) as {
    files: string[]
    bytes: number
  }
}

/** The index files the page has downloaded so far (by the Resource Timing API), with their transfer sizes. */
function downloadedIndexFiles(page: Page) {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((e) => /\/pagefind\/(index|fragment|filter)\//.test(e.name))
      .map((e) => ({ path: new URL(e.name).pathname, bytes: (e as PerformanceResourceTiming).transferSize })),
  )
}

test.describe('offline', () => {
  test.skip(
    ({ isMobile }) => isMobile,
    'saving the index and searching offline do not depend on the viewport',
  )
  test('once the dialog has opened, it saves the index, and new searches work with no network', async ({
    page,
    context,
  }, testInfo) => {
    // Saving 121 files in idle time takes 20–30 s on a busy machine.
    test.slow()
    const word = await wordOnlyInBodyOf(page)
    const list = await offlineFileList(page)
    expect(list.files.length, 'index files listed by the build').toBeGreaterThan(10)
    await page.goto('/learn/what-is-defi')
    expect(await downloadedIndexFiles(page), 'index files before the dialog opens').toEqual([])
    const dialog = await openSearchWith(page, '/')
    // No search has been typed: every index file the browser has now came from saving the index.
    await expect
      .poll(async () => new Set((await downloadedIndexFiles(page)).map((f) => f.path)).size, {
        timeout: 90_000,
      })
      .toBe(list.files.length)
    const downloaded = await downloadedIndexFiles(page)
    testInfo.annotations.push(
      { type: 'search-index-files', description: String(list.files.length) },
      { type: 'search-index-bytes', description: String(list.bytes) },
      {
        type: 'search-offline-transfer-bytes',
        description: String(downloaded.reduce((n, f) => n + f.bytes, 0)),
      },
    )

    await context.setOffline(true)
    await dialog.getByRole('combobox').fill(word)
    await arrowTo(page, /tax/i)
    await expect(page.getByRole('option', { selected: true }).locator('mark').first()).toBeVisible()
    await dialog.getByRole('combobox').fill('slashing')
    await expect(dialog.getByRole('option', { name: /^Slashing\s*Glossary/ })).toBeVisible()
    await expect(dialog.getByRole('status')).toHaveText(/^\d+ results?$/)
    await expectAccessible(page, 'search dialog offline')
    await context.setOffline(false)
  })

  test.describe('before the index is saved', () => {
    // One pattern: Playwright reads a fixture value of several array items as [value, options].
    test.use({
      allowedConsoleErrors: [/ERR_INTERNET_DISCONNECTED|Failed to load (the index chunk|resource)/],
    })

    test('says it is offline instead of claiming there are no results', async ({ page, context }) => {
      // A list the dialog cannot read: nothing beyond what Pagefind needs to start is downloaded.
      await page.route('**/pagefind/offline-files.json', (route) =>
        route.fulfill({ contentType: 'application/json', body: '{"files":"none"}' }),
      )
      await page.goto('/learn/what-is-defi')
      const dialog = await openSearchWith(page, '/')
      await dialog.getByRole('combobox').fill('zzqqxx')
      await expect(dialog.getByRole('status')).toHaveText(/No results for “zzqqxx”/)
      await context.setOffline(true)
      await dialog.getByRole('combobox').fill('validator')
      // Offline, either the index chunk for the word is missing (results may be missing) or its results are.
      await expect(dialog.getByRole('status')).toHaveText(/You are offline/)
      await context.setOffline(false)
    })
  })

  test("index files are cached for a year; Pagefind's own files are revalidated", async ({
    page,
  }, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', 'response headers do not depend on the viewport')
    const [file] = (await offlineFileList(page)).files
    expect((await page.request.get(file!)).headers()['cache-control']).toBe(
      'public, max-age=31536000, immutable',
    )
    expect((await page.request.get('/pagefind/pagefind.js')).headers()['cache-control']).not.toContain(
      'immutable',
    )
  })
})

test.describe('the /search page', () => {
  test('searches from ?q= and keeps the query in the URL as the reader types', async ({ page }) => {
    await page.goto('/search?q=slashing')
    const box = page.getByRole('searchbox', { name: /Search articles/ })
    await expect(box).toHaveValue('slashing')
    const results = page.getByRole('list', { name: 'Results' })
    await expect(results.getByRole('link', { name: /^Slashing\s*Glossary/ })).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Search needs JavaScript' })).toBeHidden()
    await expectAccessible(page, '/search with results')
    await box.fill('validator')
    await expect(page).toHaveURL(/\/search\?q=validator$/)
    await results.getByRole('link').first().click()
    await expect(page).not.toHaveURL(/\/search/)
  })
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the header links to /search, which explains what to do and lists every article', async ({ page }) => {
    await page.goto('/learn/what-is-defi')
    await page.getByRole('link', { name: 'Search', exact: true }).click()
    await expect(page).toHaveURL(/\/search$/)
    await expect(page.getByRole('heading', { name: 'Search needs JavaScript' })).toBeVisible()
    const articles = sitemapPaths().filter((p) => p.startsWith('/learn/'))
    const browse = page.getByRole('region', { name: 'Browse everything' })
    for (const path of articles) await expect(browse.locator(`a[href="${path}"]`)).toHaveCount(1)
    await page.getByRole('searchbox').fill('slashing')
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/\/search\?q=slashing$/)
    await expect(page.getByRole('heading', { name: 'Search needs JavaScript' })).toBeVisible()
  })

  test('the glossary keeps its A–Z index and hides the filter box', async ({ page }) => {
    await page.goto('/glossary')
    await expect(page.getByRole('searchbox', { name: 'Filter terms' })).toBeHidden()
    await expect(page.getByRole('navigation', { name: 'Glossary letters' })).toBeVisible()
  })
})

test('the glossary filter narrows terms as you type and says how many are left', async ({ page }) => {
  await page.goto('/glossary')
  const filter = page.getByRole('searchbox', { name: 'Filter terms' })
  await filter.fill('slash')
  await expect(page.locator('[id="slashing"]')).toBeVisible()
  await expect(page.locator('[id="apr"]')).toBeHidden()
  await expect(page.getByRole('status')).toHaveText(/^Showing \d+ of \d+ terms$/)
  await expectAccessible(page, 'glossary filtered')
  await filter.fill('zzqqxx')
  await expect(page.getByRole('status')).toHaveText(/No term matches/)
  await filter.fill('')
  await expect(page.locator('[id="apr"]')).toBeVisible()
})
