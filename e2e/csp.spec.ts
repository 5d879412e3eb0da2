import type { Page } from '@playwright/test'
import { expect, reachForPage, test } from './fixtures'

/**
 * Every route hydrates under its Content-Security-Policy with zero `securitypolicyviolation` events: prerendered
 * pages by the hashes of their inline scripts, per-request pages by their nonce, the widget also inside another
 * site's page, and the chart, dialog and client navigations that load code or styles later.
 */
const VIOLATIONS = '__cspViolations'

async function recordViolations(page: Page) {
  await page.addInitScript((key) => {
    const seen: string[] = []
    ;(window as unknown as Record<string, string[]>)[key] = seen
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(
        `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
      ),
    )
  }, VIOLATIONS)
}

/** Violations seen in the page and in every frame of ours inside it. */
async function violations(page: Page): Promise<string[]> {
  const all: string[] = []
  for (const frame of page.frames()) {
    const seen = await frame
      .evaluate((key) => (window as unknown as Record<string, string[] | undefined>)[key] ?? [], VIOLATIONS)
      .catch(() => [])
    all.push(...seen.map((v) => `${frame.url()}: ${v}`))
  }
  return all
}

/** React has hydrated the document (hydrateRoot marks its container). */
async function expectHydrated(page: Page) {
  // An article starts its scripts when the reader reaches for it (lib/boot/on-intent.ts); other pages at once.
  await reachForPage(page)
  await expect
    .poll(() => page.evaluate(() => Object.keys(document).some((k) => k.startsWith('__reactContainer$'))))
    .toBe(true)
}

const ROUTES = [
  '/',
  '/learn',
  '/learn/section/rewards/difficulty/beginner',
  '/learn/apr-vs-apy',
  '/learn/how-staking-works',
  '/glossary',
  '/about',
  '/embed',
  '/calculator',
  '/calculator?amount=100&apr=7&compounding=12',
  '/walkthrough',
  '/embed/calculator?apr=4&theme=dark',
]

/**
 * A route's policy and the scripts and styles it loads are the same at every width: the desktop project checks
 * them. The client navigations below go through the header, which differs on a phone, and run on both.
 */
const ON_DESKTOP = 'the policy and what a page loads do not depend on the viewport; checked once, on desktop'

test.beforeEach(async ({ page }) => recordViolations(page))

test.describe('every route', () => {
  test.skip(({ isMobile }) => isMobile, ON_DESKTOP)

  for (const route of ROUTES) {
    test(`${route} hydrates with zero CSP violations`, async ({ page, request }) => {
      const policy = (await request.get(route)).headers()['content-security-policy']
      expect(policy, 'CSP header').toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/)
      expect(policy).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/)
      await page.goto(route)
      await expectHydrated(page)
      await page.waitForLoadState('networkidle')
      expect(await violations(page)).toEqual([])
    })
  }
})

test.describe('not found', () => {
  test.skip(({ isMobile }) => isMobile, ON_DESKTOP)
  test.use({ allowedConsoleErrors: [/404/] })
  test('a 404 page renders with zero CSP violations', async ({ page }) => {
    await page.goto('/no-such-page')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expectHydrated(page)
    expect(await violations(page)).toEqual([])
  })
})

test('client navigations, the chart and the embed dialog load under the first page’s policy', async ({
  page,
}) => {
  await page.goto('/')
  await expectHydrated(page)
  const main = page.getByRole('navigation', { name: 'Main' })
  await main.getByRole('link', { name: 'Learn' }).click()
  await expect(page).toHaveURL(/\/learn$/)
  await page
    .getByRole('region', { name: /Basics/ })
    .getByRole('link')
    .first()
    .click()
  await expect(page).toHaveURL(/\/learn\/.+/)
  await main.getByRole('link', { name: 'Calculator' }).click()
  await expect(page).toHaveURL(/\/calculator/)
  await page.getByRole('heading', { name: 'Balance over time' }).scrollIntoViewIfNeeded()
  await expect(
    page.getByRole('group', { name: 'Balance in TOKEN by day, with and without compounding' }),
  ).toBeVisible()
  await page.getByRole('button', { name: 'Embed this calculator' }).click()
  const dialog = page.getByRole('dialog', { name: 'Embed this calculator' })
  await expect(
    dialog
      .frameLocator('iframe')
      .getByText(/Final balance/)
      .first(),
  ).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  expect(await violations(page)).toEqual([])
})

test.describe('a real violation', () => {
  test.skip(({ isMobile }) => isMobile, ON_DESKTOP)
  test.use({ allowedConsoleErrors: [/Content Security Policy/] })
  test('the listener does see a violation: an injected inline script is blocked and reported', async ({
    page,
  }) => {
    await page.goto('/learn')
    await expectHydrated(page)
    await page.evaluate(() => {
      const script = document.createElement('script')
      script.textContent = 'window.injected = true'
      document.body.append(script)
    })
    await expect
      .poll(() => violations(page))
      .toEqual([expect.stringMatching(/script-src-elem blocked inline/)])
    expect(await page.evaluate(() => 'injected' in window)).toBe(false)
  })
})

test('the widget hydrates with zero CSP violations inside another site’s page', async ({
  page,
  baseURL,
  isMobile,
}) => {
  test.skip(isMobile, ON_DESKTOP)
  const host = 'https://embedder.example'
  await page.context().grantPermissions(['local-network-access'])
  const html = `<!doctype html><html lang="en"><head><title>Host</title></head><body>
    <div data-staking-calculator data-amount="32" data-apr="4"></div>
    <script src="${baseURL}/embed.v1.js" async></script></body></html>`
  await page.route(`${host}/**`, (route) => route.fulfill({ contentType: 'text/html', body: html }))
  await page.goto(`${host}/`)
  const widget = page.frameLocator('[data-staking-calculator] iframe')
  await expect(widget.getByText(/Final balance/).first()).toBeVisible()
  const frame = page.frames().find((f) => f.url().startsWith(`${baseURL}/embed/calculator`))!
  await expect
    .poll(() => frame.evaluate(() => Object.keys(document).some((k) => k.startsWith('__reactContainer$'))))
    .toBe(true)
  expect(await violations(page)).toEqual([])
})
