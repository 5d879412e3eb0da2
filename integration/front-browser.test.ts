import { chromium, type Browser } from '@playwright/test'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { CHROMIUM_ARGS, findChromium } from '../scripts/find-chromium.mjs'
import { cacheStatus, getThroughFront } from './front-requests'
import { describeFront, stack, unique } from './stack'

/**
 * A page the front serves from its cache, re-nonced, hydrates in Chromium with zero CSP violations and no
 * console errors (the local CA is not in Chromium's store: certificate errors are ignored for this origin).
 */
const VIOLATIONS = '__cspViolations'

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
    await page.addInitScript((key) => {
      const seen: string[] = []
      ;(window as unknown as Record<string, string[]>)[key] = seen
      document.addEventListener('securitypolicyviolation', (e) =>
        seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}`),
      )
    }, VIOLATIONS)
    const response = await page.goto(`${stack.https}${path}`, { waitUntil: 'load' })
    expect(response?.headers()['x-cache-status']).toBe('HIT')
    await expect
      .poll(() => page.evaluate(() => Object.keys(document).some((k) => k.startsWith('__reactContainer$'))))
      .toBe(true)
    await page.waitForLoadState('networkidle')
    const violations = await page.evaluate(
      (key) => (window as unknown as Record<string, string[]>)[key] ?? [],
      VIOLATIONS,
    )
    expect(violations).toEqual([])
    expect(problems).toEqual([])
    await context.close()
  })
})
