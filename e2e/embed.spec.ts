import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { NETWORK_PRESETS, projectEthereumValidator, projectStake } from '../lib/calculator'
import { parseScenarioQuery } from '../lib/scenario/parse'
import { scenarioToStakeInput } from '../lib/scenario/stake-input'
import {
  chooseTheme,
  expect,
  expectAccessible,
  expectNoHorizontalOverflow,
  scanInTheme,
  test,
} from './fixtures'
import { result, two, typeInto } from './calculator-helpers'

const SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-forms'
const HOST = 'https://embedder.example'

test.beforeEach(({ isMobile }) => {
  test.skip(isMobile, 'the widget and its headers do not depend on the device')
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the widget accepts the network model and credentials from its query', async ({ page }) => {
    // Solana's taper (see calculator.spec.ts), with the engine's figures for the snapshot's values.
    const solQuery = 'network=solana&days=3650&rates=model'
    const sol = projectStake(scenarioToStakeInput(parseScenarioQuery(solQuery).scenario)).finalBalance
    await page.goto(`/embed/calculator?${solQuery}`)
    await expect(result(page, 'Final balance')).toHaveText(`${sol.toFixed(2)} SOL`)
    const floor = ((0.015 / NETWORK_PRESETS.solana.rewardModel.stakedFraction.value) * 100).toFixed(2)
    await expect(page.getByRole('region', { name: 'Results' })).toContainText(`year 10: ${floor}%`)
    const ethQuery = 'network=ethereum&days=7300&credentials=0x02'
    const apr = scenarioToStakeInput(parseScenarioQuery(ethQuery).scenario).apr
    const end = (credentials: '0x01' | '0x02') =>
      projectEthereumValidator({ principal: 32, credentials, apr, days: 7300 }).finalBalance.toFixed(2)
    await page.goto(`/embed/calculator?${ethQuery}`)
    await expect(page.getByRole('region', { name: 'Results' })).toContainText(
      `A solo validator with 0x02 credentials ends with ${end('0x02')} ETH (with 0x01: ${end('0x01')} ETH)`,
    )
  })

  test('the widget and the page show the right result in their first HTML', async ({ page }) => {
    // 2,000 at 6 % less 10 % commission, compounded monthly for two years.
    const final = `${two(2000 * (1 + 0.054 / 12) ** 24)} TOKEN`
    const query = 'amount=2000&apr=6&compounding=monthly&commission=10&days=730'
    await page.goto(`/embed/calculator?${query}&theme=dark`)
    await expect(result(page, 'Final balance')).toHaveText(final)
    await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(16, 19, 23)')
    await page.goto(`/calculator?${query}`)
    await expect(result(page, 'Final balance')).toHaveText(final)
    // The no-JavaScript form submits the public parameter names.
    await page.getByLabel('Amount staked', { exact: true }).fill('4000')
    await page.getByRole('button', { name: 'Update results' }).click()
    const submitted = new URL(page.url()).searchParams
    expect(Object.fromEntries(submitted)).toMatchObject({
      amount: '4000',
      apr: '6',
      compounding: 'monthly',
      commission: '10',
      days: '730',
    })
    expect([...submitted.keys()].every((key) => /^[a-zA-Z]+$/.test(key))).toBe(true)
    await expect(result(page, 'Final balance')).toHaveText(`${two(4000 * (1 + 0.054 / 12) ** 24)} TOKEN`)
  })
})

const HOSTILE = [
  'symbol=<script>alert(1)</script>',
  'symbol="><svg onload=alert(1)>',
  'network=javascript:alert(1)',
  'currency=<img src=x onerror=alert(1)>',
  'theme="><script>alert(1)</script>&compact=<b>x</b>',
  'amount=1e309&apr=NaN&days=-0&commission=Infinity',
  'priceChange=-1e400&price=0x10&inflation=%00',
  `symbol=${'x'.repeat(10_240)}`,
  'amount=1&amount=2&apr=3&apr=4&apy=5&network=cosmos&network=solana',
  'compounding=constructor&__proto__[x]=1&toString=1',
]

test('hostile queries render safely: status 200, nothing injected, no dialog', async ({ page }) => {
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  for (const raw of HOSTILE) {
    const query = raw
      .split('&')
      .map((pair) => pair.split('=').map(encodeURIComponent).join('='))
      .join('&')
    const response = await page.goto(`/embed/calculator?${query}`)
    expect(response?.status(), raw).toBe(200)
    await expect(result(page, 'Final balance')).toHaveText(/^[\d,.]+ [A-Za-z0-9._-]+$/)
    const injected = await page.evaluate(() => ({
      handlers: [...document.querySelectorAll('*')].filter((el) =>
        [...el.attributes].some((a) => a.name.startsWith('on')),
      ).length,
      images: document.querySelectorAll('img').length,
      bold: document.querySelectorAll('main b').length,
      scripts: [...document.scripts].filter((s) => s.src && !s.src.startsWith(location.origin)).length,
      javascriptLinks: document.querySelectorAll('[href^="javascript:" i], [src^="javascript:" i]').length,
      text: document.body.innerText,
      title: document.title,
    }))
    expect(injected, raw).toMatchObject({ handlers: 0, images: 0, bold: 0, scripts: 0, javascriptLinks: 0 })
    expect(injected.text, raw).not.toMatch(/<script|onload|onerror|javascript:|alert\(/i)
    expect(injected.title).toBe('Staking rewards calculator · Staking Field Guide')
    await expect(
      page.getByRole('note').filter({ hasText: 'were not valid and were replaced' }),
      raw,
    ).toBeVisible()
  }
  expect(dialogs).toEqual([])
})

test('framing headers: the widget may be framed by https sites, nothing else may be framed', async ({
  request,
}) => {
  const widget = await request.get('/embed/calculator?apr=5')
  const policy = widget.headers()['content-security-policy'] ?? ''
  expect(policy).toMatch(/frame-ancestors 'self' https:;/)
  expect(policy, 'no insecure scheme in the public policy').not.toMatch(/http:/)
  // An http page on this machine (someone trying the embed locally) may frame it too, for that response only.
  const local = await request.get('/embed/calculator?apr=5', {
    headers: { referer: 'http://127.0.0.1:5500/test.html' },
  })
  expect(local.headers()['content-security-policy']).toMatch(
    /frame-ancestors 'self' https: http:\/\/localhost:\* http:\/\/127\.0\.0\.1:\*;/,
  )
  expect(local.headers()['cache-control']).toBe('private, no-store')
  expect(widget.headers()['x-frame-options']).toBeUndefined()
  for (const path of ['/', '/calculator', '/embed', '/learn/apr-vs-apy']) {
    const response = await request.get(path)
    expect(response.headers()['content-security-policy'], path).toMatch(/frame-ancestors 'none'/)
    expect(response.headers()['x-frame-options'], path).toBe('DENY')
  }
  const loader = await request.get('/embed.v1.js')
  expect(loader.headers()['content-type']).toMatch(/javascript/)
  expect(loader.headers()['cache-control']).toBe('public, max-age=31536000, immutable')
  expect(loader.headers()['access-control-allow-origin']).toBe('*')
})

/** A page on another origin that embeds the widget with the loader, as an embedder would. */
async function openHostPage(page: Page, baseURL: string, extra = '', host = HOST) {
  // The test server listens on loopback; a public page reaching it needs Chromium's local-network permission,
  // which a real deployment (a public origin) does not.
  await page.context().grantPermissions(['local-network-access'])
  const html = `<!doctype html><html lang="en"><head><title>Host</title></head><body>
    <h1>A site that embeds the calculator</h1>
    <div style="width: 360px"><div data-staking-calculator data-amount="32" data-apr="4" data-compact>
      <a href="${baseURL}/calculator">Staking calculator</a></div></div>
    ${extra}
    <script src="${baseURL}/embed.v1.js" async></script></body></html>`
  await page.route(`${host}/**`, (route) => route.fulfill({ contentType: 'text/html', body: html }))
  await page.goto(`${host}/`)
  return page.locator('[data-staking-calculator] iframe')
}

const heightOf = (frame: ReturnType<Page['locator']>) =>
  frame.evaluate((el) => el.getBoundingClientRect().height)

test('another origin embeds the widget with embed.js in the sandbox, and the frame follows its content', async ({
  page,
  baseURL,
}) => {
  const frame = await openHostPage(page, baseURL!)
  await expect(frame).toHaveAttribute('sandbox', SANDBOX)
  await expect(frame).toHaveAttribute('title', /Staking rewards calculator/)
  await expect(frame).toHaveAttribute('loading', 'lazy')
  const widget = page.frameLocator('[data-staking-calculator] iframe')
  await expect(result(widget.locator('body'), 'Final balance')).toHaveText(
    `${two(32 * (1 + 0.04 / 365) ** 365)} TOKEN`,
  )
  // Sized to its content (not the 560 px starting height), then growing with it.
  await expect.poll(() => heightOf(frame)).not.toBe(560)
  const before = await heightOf(frame)
  const inner = await widget
    .locator('[data-embed-theme]')
    .evaluate((el) => Math.ceil(el.getBoundingClientRect().height))
  expect(Math.abs(before - inner)).toBeLessThanOrEqual(2)
  await widget.getByRole('combobox', { name: 'Compounding' }).selectOption({ label: 'Every N days' })
  await typeInto(widget.getByLabel('Every how many days'), '7')
  await expect(widget.getByText(/does not fit a 365-day year/)).toBeVisible()
  await expect.poll(() => heightOf(frame)).toBeGreaterThan(before + 40)
  // The attribution opens the same scenario in the full calculator, in a new tab.
  const attribution = widget.getByRole('link', { name: /full calculator on Staking Field Guide/ })
  await expect(attribution).toHaveAttribute('target', '_blank')
  await expect(attribution).toHaveAttribute('rel', 'noopener')
  await expect(attribution).toHaveAttribute('href', '/calculator?amount=32&apr=4&compounding=73')
})

test('forged resize messages are ignored', async ({ page, baseURL }) => {
  // A second, unregistered frame of ours: the right origin, but not a frame embed.js created.
  const frame = await openHostPage(
    page,
    baseURL!,
    `<iframe id="other" title="Another frame" src="${baseURL}/embed/calculator?compact" style="height:100px"></iframe>`,
  )
  await expect.poll(() => heightOf(frame)).not.toBe(560)
  // Record every height the loader ever applies.
  await frame.evaluate((el) => {
    const seen: string[] = []
    ;(window as unknown as { seenHeights: string[] }).seenHeights = seen
    new MutationObserver(() => seen.push((el as HTMLElement).style.height)).observe(el, { attributes: true })
  })
  const forge = (height: unknown, type = 'staking-calculator:resize') => ({ type, height })
  await page.evaluate((msg) => window.postMessage(msg, '*'), forge(3333))
  const other = page.frames().find((f) => f.url().endsWith('?compact'))!
  await other.evaluate((msg) => window.parent.postMessage(msg, '*'), forge(3333))
  const registered = page.frames().find((f) => f.url().includes('amount=32'))!
  await registered.evaluate((msg) => window.parent.postMessage(msg, '*'), forge(3333, 'other'))
  await registered.evaluate((msg) => window.parent.postMessage(msg, '*'), forge('3333px'))
  // A genuine message, posted last, is applied (and clamped); the forged ones before it never were.
  await registered.evaluate((msg) => window.parent.postMessage(msg, '*'), forge(99_999))
  await expect.poll(() => heightOf(frame)).toBe(4000)
  const seen = await page.evaluate(() => (window as unknown as { seenHeights: string[] }).seenHeights)
  expect(seen).not.toContain('3333px')
  await expect(page.locator('#other')).toHaveCSS('height', '100px')
})

for (const theme of ['light', 'dark'] as const) {
  test(`the widget is accessible and keeps the reader's site theme untouched (${theme})`, async ({
    page,
  }) => {
    const scan = scanInTheme(theme)
    await chooseTheme(page, theme === 'light' ? 'dark' : 'light')
    await page.goto(`/embed/calculator?theme=${theme}&network=solana&price=150&amount=abc`)
    const background = theme === 'dark' ? 'rgb(16, 19, 23)' : 'rgb(250, 249, 246)'
    await expect(page.locator('body')).toHaveCSS('background-color', background)
    await scan(page, `widget (${theme})`)
    await page.getByRole('radio', { name: 'Table' }).check()
    await scan(page, `widget table (${theme})`)
    expect(await page.evaluate(() => localStorage.getItem('sfg-theme'))).toBe(
      theme === 'light' ? 'dark' : 'light',
    )
    await page.goto(`/embed/calculator?theme=${theme}&compact=1&network=solana`)
    await expect(page.getByText('Solana model')).toBeVisible()
    await page.setViewportSize({ width: 320, height: 700 })
    await expectNoHorizontalOverflow(page)
    await scan(page, `compact widget at 320 px (${theme})`)
  })
}

test('the widget title takes the size the widget asks for, not the page heading’s (classes are merged)', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto('/embed/calculator')
  await expect(page.getByRole('heading', { level: 1 })).toHaveCSS('font-size', '24px')
})

test('on a plain http page the loader says why there is no calculator and links to the docs', async ({
  page,
}) => {
  // The loader served from the http host itself (a browser will not let an http page load scripts from this
  // machine's loopback address; a real embedder loads it from our https origin).
  const host = 'http://embedder.example'
  const loader = readFileSync('public/embed.v1.js', 'utf8')
  await page.route(`${host}/embed.v1.js`, (route) =>
    route.fulfill({ contentType: 'text/javascript', body: loader }),
  )
  const html = `<!doctype html><html lang="en"><head><title>Host</title></head><body>
    <div data-staking-calculator><a href="${host}/calculator">Staking calculator</a></div>
    <script src="${host}/embed.v1.js" async></script></body></html>`
  await page.route(`${host}/`, (route) => route.fulfill({ contentType: 'text/html', body: html }))
  await page.goto(`${host}/`)
  const notice = page.locator('[data-staking-calculator-notice]')
  await expect(notice).toHaveText(/can only be embedded in https pages/)
  await expect(notice.getByRole('link', { name: 'How to embed it' })).toHaveAttribute(
    'href',
    `${host}/embed#framing`,
  )
  // The element's own fallback link stays; no broken frame is added.
  await expect(page.getByRole('link', { name: 'Staking calculator' })).toBeVisible()
  await expect(page.locator('[data-staking-calculator] iframe')).toHaveCount(0)
})

test('an http page on this machine (127.0.0.1, another origin) may frame the widget, for local testing', async ({
  page,
  baseURL,
}) => {
  const port = new URL(baseURL!).port
  const frame = await openHostPage(page, baseURL!, '', `http://127.0.0.1:${port}/host-test`)
  await expect.poll(() => heightOf(frame)).not.toBe(560)
  await expect(page.locator('[data-staking-calculator-notice]')).toHaveCount(0)
})

for (const width of [390, 1280]) {
  test(`the embed docs at ${width} px: https stated first, inline code without backticks, snippets whole and copyable`, async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await page.setViewportSize({ width, height: 900 })
    await page.goto('/embed')
    const framing = page.getByRole('note').filter({ hasText: 'must be served over https' })
    await expect(framing).toBeVisible()
    const [framingTop, snippetTop] = await Promise.all([
      framing.evaluate((el) => el.getBoundingClientRect().top),
      page
        .getByRole('region', { name: 'Script tag snippet' })
        .evaluate((el) => el.getBoundingClientRect().top),
    ])
    expect(framingTop).toBeLessThan(snippetTop)
    const backticks = await page
      .locator('main code')
      .evaluateAll(
        (codes) => codes.filter((c) => getComputedStyle(c, '::before').content.includes('`')).length,
      )
    expect(backticks, 'inline code with a backtick before it').toBe(0)
    const cut = await page
      .locator('main pre')
      .evaluateAll((pres) => pres.filter((p) => p.scrollWidth > p.clientWidth + 1).length)
    expect(cut, 'code blocks wider than their box').toBe(0)
    await page.getByRole('button', { name: 'Copy: Script tag snippet' }).click()
    await expect(page.getByText('Copied to the clipboard.').first()).toBeVisible()
    const copied = await page.evaluate(() => navigator.clipboard.readText())
    expect(copied).toContain('data-staking-calculator')
    expect(copied).toContain('/embed.v1.js')
    await expectNoHorizontalOverflow(page)
    await expectAccessible(page, `/embed at ${width} px`)
  })
}
