import { chromium, type Browser, type BrowserContext, type Frame } from '@playwright/test'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { CHROMIUM_ARGS, findChromium } from '../scripts/find-chromium.mjs'
import { cacheStatus, getThroughFront } from './front-requests'
import { describeFront, stack, unique } from './stack'

/**
 * A page the front serves from its cache, re-nonced, hydrates in Chromium with zero CSP violations and no
 * console errors, also as the widget inside another site's page (the local CA is not in Chromium's store:
 * certificate errors are ignored).
 */
const VIOLATIONS = '__cspViolations'

/** Records `securitypolicyviolation` events in every frame of the context. */
async function recordViolations(context: BrowserContext) {
  await context.addInitScript((key) => {
    const seen: string[] = []
    ;(window as unknown as Record<string, string[]>)[key] = seen
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}`),
    )
  }, VIOLATIONS)
}

const violationsIn = (frame: Frame) =>
  frame.evaluate((key) => (window as unknown as Record<string, string[]>)[key] ?? [], VIOLATIONS)

const hydrated = (frame: Frame) =>
  frame.evaluate(() => Object.keys(document).some((k) => k.startsWith('__reactContainer$')))

describeFront('the nginx front in Chromium', () => {
  let browser: Browser

  beforeAll(async () => {
    const executablePath = findChromium()
    if (!executablePath) throw new Error('No Chromium found: run `bash scripts/ensure-chromium.sh` first.')
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
  })
  afterAll(async () => browser?.close())

  it.each([
    '/embed/calculator?apr=4&amount=100&theme=dark',
    '/calculator?amount=100&apr=7&compounding=12',
    // The walkthrough redirects unknown parameters to its canonical URL: a network this suite visits once.
    '/walkthrough?network=solana',
  ])('%s: a cache HIT hydrates with zero CSP violations', async (route) => {
    const path = route.startsWith('/walkthrough') ? route : `${route}&visit=${unique()}`
    const warm = await getThroughFront(path)
    await warm.text()
    expect(cacheStatus(warm)).toBe('MISS')

    const context = await browser.newContext({ ignoreHTTPSErrors: true })
    const page = await context.newPage()
    const problems: string[] = []
    page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`))
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`))
    await recordViolations(context)
    const response = await page.goto(`${stack.https}${path}`, { waitUntil: 'load' })
    expect(response?.headers()['x-cache-status']).toBe('HIT')
    await expect.poll(() => hydrated(page.mainFrame())).toBe(true)
    await page.waitForLoadState('networkidle')
    expect(await violationsIn(page.mainFrame())).toEqual([])
    expect(problems).toEqual([])
    await context.close()
  })

  it.each([
    ['an https site', 'https://embedder.example'],
    // A page on this machine: its Referer selects the copy whose frame-ancestors allow http://localhost.
    ['an http page on this machine', 'http://localhost:4299'],
  ])(
    'the widget framed by %s: the second load is a HIT and hydrates with zero violations',
    async (_, host) => {
      const amount = 1 + Math.floor(Math.random() * 1e6)
      const html = `<!doctype html><html lang="en"><head><title>Host</title></head><body>
      <div data-staking-calculator data-amount="${amount}" data-apr="4"></div>
      <script src="${stack.https}/embed.v1.js" async></script></body></html>`
      const statuses: string[] = []
      for (let load = 0; load < 2; load++) {
        const context = await browser.newContext({ ignoreHTTPSErrors: true })
        await context.grantPermissions(['local-network-access']).catch(() => undefined)
        await recordViolations(context)
        const page = await context.newPage()
        page.on('response', (r) => {
          if (r.url().startsWith(`${stack.https}/embed/calculator`))
            statuses.push(r.headers()['x-cache-status'] ?? '')
        })
        await page.route(`${host}/**`, (route) => route.fulfill({ contentType: 'text/html', body: html }))
        await page.goto(`${host}/`)
        await expect
          .poll(() => page.frames().find((f) => f.url().startsWith(`${stack.https}/embed/calculator`)))
          .toBeTruthy()
        const frame = page.frames().find((f) => f.url().startsWith(`${stack.https}/embed/calculator`))!
        await expect.poll(() => hydrated(frame).catch(() => false)).toBe(true)
        expect(await violationsIn(frame)).toEqual([])
        expect(await violationsIn(page.mainFrame())).toEqual([])
        await context.close()
      }
      expect(statuses).toEqual(['MISS', 'HIT'])
    },
  )
})
