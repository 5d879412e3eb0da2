import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

/**
 * embed.v1.js on a host page: a frame that loads but never reports its height (refused by the framing
 * policy, or broken on the way) is replaced by a visible message with a link to the docs after 8 seconds of
 * silence; a frame that works never shows it. Playwright's clock drives the loader's timer, so the test does
 * not wait 8 real seconds.
 */
const HOST = 'https://embedder.example'
const SILENCE_MS = 8_000

type Frames = { loads: number }

/**
 * The host page (another origin) with the loader from the test server; counts the frame's load events.
 * `frozen`: the page's clock stands still until the test moves it (timers fire only through `runFor`).
 */
async function openHostPage(page: Page, baseURL: string, { frozen = false } = {}) {
  // The test server listens on loopback; a public page reaching it needs Chromium's local-network permission.
  await page.context().grantPermissions(['local-network-access'])
  const start = new Date('2026-11-29T08:00:00Z')
  await page.clock.install({ time: start })
  if (frozen) await page.clock.pauseAt(new Date(start.getTime() + 1000))
  await page.addInitScript(() => {
    const frames = ((window as unknown as { frames_: Frames }).frames_ = { loads: 0 })
    // `load` does not bubble; a capturing listener on the document sees the iframe's.
    document.addEventListener('load', (e) => e.target instanceof HTMLIFrameElement && frames.loads++, true)
  })
  const html = `<!doctype html><html lang="en"><head><title>Host</title></head><body>
    <h1>A site that embeds the calculator</h1>
    <div data-staking-calculator data-apr="4" data-compact><a href="${baseURL}/calculator">Staking calculator</a></div>
    <script src="${baseURL}/embed.v1.js" async></script></body></html>`
  await page.route(`${HOST}/**`, (route) => route.fulfill({ contentType: 'text/html', body: html }))
  await page.goto(`${HOST}/`)
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { frames_: Frames }).frames_.loads))
    .toBe(1)
}

const notice = (page: Page) => page.locator('[data-staking-calculator-notice]')
const frame = (page: Page) => page.locator('[data-staking-calculator] iframe')

test.describe('a frame the browser refuses', () => {
  test.use({
    allowedConsoleErrors: [/violates the following Content Security Policy directive: "frame-ancestors/],
  })

  test('after 8 silent seconds the loader shows a message with a link to the docs instead of an empty box', async ({
    page,
    baseURL,
  }) => {
    // The widget's response as a site that forbids framing would send it: the browser refuses the frame.
    await page.route(`${baseURL}/embed/calculator**`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        headers: { 'content-security-policy': "frame-ancestors 'none'" },
        body: '<!doctype html><title>Widget</title><p>Never shown</p>',
      }),
    )
    await openHostPage(page, baseURL!, { frozen: true })
    // Silent for a moment short of 8 seconds: no message yet; at 8 seconds, the message.
    await page.clock.runFor(SILENCE_MS - 1)
    await expect(notice(page)).toHaveCount(0)
    await page.clock.runFor(1)
    await expect(notice(page)).toBeVisible()
    await expect(notice(page)).toHaveText(/The staking calculator could not be loaded here\./)
    await expect(notice(page).getByRole('link', { name: 'How to embed it' })).toHaveAttribute(
      'href',
      `${baseURL}/embed#framing`,
    )
    // The refused frame no longer takes space on the host page.
    await expect(frame(page)).toBeHidden()
  })
})

test('a frame that loads and reports its height shows no message, however long the page stays', async ({
  page,
  baseURL,
}) => {
  await openHostPage(page, baseURL!)
  await expect(frame(page)).toHaveAttribute('data-staking-calculator-ready', '')
  await page.clock.runFor(SILENCE_MS * 2)
  await expect(notice(page)).toHaveCount(0)
  await expect(frame(page)).toBeVisible()
  await expect(
    page.frameLocator('[data-staking-calculator] iframe').getByRole('heading', { level: 1 }),
  ).toBeVisible()
})
