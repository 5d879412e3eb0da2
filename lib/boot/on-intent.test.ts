import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { JSDOM } from 'jsdom'
import { describe, expect, it, vi } from 'vitest'
import { bootLoader, deferArticles, deferFrameworkScripts, INTENT_EVENTS } from './on-intent'
import { BOOTED_EVENT, BOOTING_ATTRIBUTE } from './signals'

// The head and body as Next.js 16 writes them into a prerendered article (shortened).
const HEAD =
  '<head><meta charSet="utf-8"/><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/a1.js"/>' +
  '<link rel="stylesheet" href="/_next/static/chunks/x.css" data-precedence="next"/>' +
  '<script src="/_next/static/chunks/a1.js" async=""></script><script src="/_next/static/chunks/turbopack-b2.js" async=""></script>' +
  "<script>(function(){document.documentElement.classList.add('js')})()</script>" +
  '<script src="/_next/static/chunks/legacy.js" noModule=""></script></head>'
const BODY =
  '<body><main><button class="js-only" id="theme">Theme</button><p>Prose</p><div data-island="quiz"><a href="#next" id="island-link">Next</a><button id="island-button">Check</button></div></main>' +
  '<script>self.__next_f.push([1,"x"])</script></body>'
const PAGE = `<!DOCTYPE html><html lang="en">${HEAD}${BODY}</html>`

const loaderTag = (html: string) => /<script>(\/\*sfg-boot\*\/[\s\S]*?)<\/script>/.exec(html)?.[1]

describe('deferFrameworkScripts', () => {
  it("takes out Next.js's chunk scripts and their preload, and puts the loader last in <body>", () => {
    const result = deferFrameworkScripts(PAGE)
    if (!result.ok) throw new Error(result.problem)
    expect(result.scripts).toEqual(['/_next/static/chunks/a1.js', '/_next/static/chunks/turbopack-b2.js'])
    expect(result.html).not.toMatch(/<script src="\/_next\/static\/chunks\/[^"]+" async/)
    expect(result.html).not.toContain('rel="preload" as="script"')
    // Everything else stays as it was: the stylesheet, inline scripts, the legacy-browser script, the prose.
    for (const kept of [
      '<link rel="stylesheet" href="/_next/static/chunks/x.css" data-precedence="next"/>',
      "<script>(function(){document.documentElement.classList.add('js')})()</script>",
      '<script src="/_next/static/chunks/legacy.js" noModule=""></script>',
      '<script>self.__next_f.push([1,"x"])</script>',
    ])
      expect(result.html).toContain(kept)
    expect(result.html).toMatch(/<script>\/\*sfg-boot\*\/[\s\S]*<\/script><\/body><\/html>$/)
    expect(loaderTag(result.html)).toBe(bootLoader(result.scripts))
  })

  it('refuses a page it cannot handle, with the reason', () => {
    expect(deferFrameworkScripts('<html><body><p>no scripts</p></body></html>')).toEqual({
      ok: false,
      problem: expect.stringContaining('no Next.js chunk scripts'),
    })
    expect(deferFrameworkScripts(`<html>${HEAD}<p>cut short`)).toEqual({
      ok: false,
      problem: 'no </body> to put the boot loader before',
    })
    const once = deferFrameworkScripts(PAGE)
    if (!once.ok) throw new Error(once.problem)
    expect(deferFrameworkScripts(once.html)).toEqual({ ok: false, problem: 'already has the boot loader' })
  })

  it('property: only the chunk tags and preloads change; the rest of any page is kept byte for byte', () => {
    const text = fc.string({ maxLength: 40 }).map((s) => s.replace(/[<>]/g, ' '))
    const chunk = fc.stringMatching(/^[a-z0-9_-]{1,12}$/).map((name) => `/_next/static/chunks/${name}.js`)
    fc.assert(
      fc.property(fc.array(fc.tuple(text, chunk), { minLength: 1, maxLength: 6 }), text, (parts, tail) => {
        const original =
          parts.map(([t, src]) => `${t}<script src="${src}" async=""></script>`).join('') + tail
        const result = deferFrameworkScripts(`<html><body>${original}</body></html>`)
        if (!result.ok) throw new Error(result.problem)
        expect(result.scripts).toEqual(parts.map(([, src]) => src))
        const loader = `<script>${bootLoader(result.scripts)}</script>`
        expect(result.html).toBe(
          `<html><body>${parts.map(([t]) => t).join('')}${tail}${loader}</body></html>`,
        )
      }),
    )
  })

  it('property: never throws, whatever the HTML', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (html) => {
        const result = deferFrameworkScripts(html)
        expect(typeof result.ok).toBe('boolean')
      }),
    )
  })
})

describe('deferArticles', () => {
  it('rewrites every prerendered article and names each file it cannot handle', () => {
    const app = mkdtempSync(join(tmpdir(), 'boot-'))
    mkdirSync(join(app, 'learn'))
    writeFileSync(join(app, 'learn', 'good.html'), PAGE)
    writeFileSync(join(app, 'learn', 'bad.html'), '<html><body>no scripts</body></html>')
    writeFileSync(join(app, 'learn.html'), PAGE)
    const report = deferArticles(app)
    expect(report.pages).toBe(1)
    expect(report.problems).toEqual([expect.stringMatching(/learn\/bad\.html: no Next\.js chunk scripts/)])
    expect(loaderTag(readFileSync(join(app, 'learn', 'good.html'), 'utf8'))).toBeDefined()
    // The learning path's index is not an article: it boots as every other page does.
    expect(readFileSync(join(app, 'learn.html'), 'utf8')).toBe(PAGE)
  })
})

/** The page after the transform, in a fresh window per test, with the loader run as a browser would. */
function loadedPage({ islandVisible = false, holdMs = 5000 } = {}) {
  const result = deferFrameworkScripts(PAGE)
  if (!result.ok) throw new Error(result.problem)
  const dom = new JSDOM(result.html.replace(/<script>(?!\/\*sfg-boot)[\s\S]*?<\/script>/g, ''), {
    runScripts: 'outside-only',
    pretendToBeVisual: true,
  })
  const { window } = dom
  let observed: Element[] = []
  let notify: ((entries: { isIntersecting: boolean }[]) => void) | undefined
  Object.assign(window, {
    IntersectionObserver: class {
      constructor(callback: (entries: { isIntersecting: boolean }[]) => void) {
        notify = callback
      }
      observe(element: Element) {
        observed.push(element)
      }
      disconnect() {
        observed = []
      }
    },
  })
  window.eval(bootLoader(result.scripts, holdMs))
  const requested = () =>
    [...window.document.head.querySelectorAll('script[src]')]
      .map((s) => s.getAttribute('src'))
      .filter((src) => src !== '/_next/static/chunks/legacy.js')
  if (islandVisible) notify?.([{ isIntersecting: true }])
  return { window, document: window.document, requested, observed: () => observed, notify }
}

describe('the boot loader in a page', () => {
  it('runs nothing while the reader only reads, and starts every chunk on the first intent', () => {
    const page = loadedPage()
    page.window.dispatchEvent(new page.window.Event('scroll'))
    expect(page.requested()).toEqual([])
    expect(page.document.documentElement.hasAttribute(BOOTING_ATTRIBUTE)).toBe(false)
    page.window.dispatchEvent(new page.window.Event('pointerdown'))
    expect(page.requested()).toEqual(['/_next/static/chunks/a1.js', '/_next/static/chunks/turbopack-b2.js'])
    expect(page.document.documentElement.hasAttribute(BOOTING_ATTRIBUTE)).toBe(true)
    // Once only: a second intent asks for nothing more.
    page.window.dispatchEvent(new page.window.KeyboardEvent('keydown', { key: 'Tab' }))
    expect(page.requested()).toHaveLength(2)
  })

  it.each(INTENT_EVENTS)('counts %s as intent', (type) => {
    const page = loadedPage()
    page.window.dispatchEvent(new page.window.Event(type))
    expect(page.requested()).toHaveLength(2)
  })

  it('starts when an island comes within a screen, and stops watching islands then', () => {
    const page = loadedPage()
    expect(page.observed().map((e) => e.getAttribute('data-island'))).toEqual(['quiz'])
    page.notify?.([{ isIntersecting: false }])
    expect(page.requested()).toEqual([])
    page.notify?.([{ isIntersecting: true }])
    expect(page.requested()).toHaveLength(2)
    expect(page.observed()).toEqual([])
  })

  it('holds a press of a JavaScript-only control until the page is live, then replays it once', () => {
    const page = loadedPage()
    const theme = page.document.getElementById('theme')!
    const pressed = vi.fn()
    theme.addEventListener('click', pressed)
    const early = new page.window.MouseEvent('click', { bubbles: true, cancelable: true, button: 0 })
    theme.dispatchEvent(early)
    expect(pressed).not.toHaveBeenCalled()
    expect(early.defaultPrevented).toBe(true)
    expect(page.requested()).toHaveLength(2)
    page.window.dispatchEvent(new page.window.Event(BOOTED_EVENT))
    expect(pressed).toHaveBeenCalledTimes(1)
    // Live now: presses go straight through.
    theme.dispatchEvent(new page.window.MouseEvent('click', { bubbles: true, cancelable: true, button: 0 }))
    expect(pressed).toHaveBeenCalledTimes(2)
  })

  it("holds presses of an island's links and buttons too, for the island to take over once the page is live", () => {
    const page = loadedPage()
    const link = page.document.getElementById('island-link')!
    const press = new page.window.MouseEvent('click', { bubbles: true, cancelable: true, button: 0 })
    link.dispatchEvent(press)
    expect(press.defaultPrevented).toBe(true)
    const replayed = vi.fn()
    link.addEventListener('click', replayed)
    page.window.dispatchEvent(new page.window.Event(BOOTED_EVENT))
    expect(replayed).toHaveBeenCalledTimes(1)
  })

  it('leaves a modified press alone (a link opened in a new tab)', () => {
    const page = loadedPage()
    const press = new page.window.MouseEvent('click', {
      bubbles: true,
      cancelable: true,
      button: 0,
      ctrlKey: true,
    })
    page.document.getElementById('island-link')!.dispatchEvent(press)
    expect(press.defaultPrevented).toBe(false)
    expect(page.requested()).toEqual([])
  })

  it('replays a held press as it was when the page is not live in time, so no press is lost', async () => {
    const page = loadedPage({ holdMs: 30 })
    const button = page.document.getElementById('island-button')!
    const presses: boolean[] = []
    button.addEventListener('click', (event) => presses.push(event.defaultPrevented))
    button.dispatchEvent(new page.window.MouseEvent('click', { bubbles: true, cancelable: true, button: 0 }))
    expect(presses, 'held: the button has not seen it').toEqual([])
    await new Promise((resolve) => setTimeout(resolve, 80))
    // Replayed without being stopped: it does what it does without JavaScript.
    expect(presses).toEqual([false])
  })

  it('lets presses of anything else through (links, native popovers, forms work without JavaScript)', () => {
    const page = loadedPage()
    const prose = page.document.querySelector('p')!
    const click = new page.window.MouseEvent('click', { bubbles: true, cancelable: true, button: 0 })
    prose.dispatchEvent(click)
    expect(click.defaultPrevented).toBe(false)
  })

  it('keeps the search shortcut "/" for when the page is live, but not a slash typed into a field', () => {
    const page = loadedPage()
    const seen: string[] = []
    const slash = new page.window.KeyboardEvent('keydown', { key: '/', bubbles: true, cancelable: true })
    page.document.body.dispatchEvent(slash)
    expect(slash.defaultPrevented).toBe(true)
    const field = page.document.createElement('input')
    page.document.body.append(field)
    const typed = new page.window.KeyboardEvent('keydown', { key: '/', bubbles: true, cancelable: true })
    field.dispatchEvent(typed)
    expect(typed.defaultPrevented).toBe(false)
    page.document.addEventListener('keydown', (event) => seen.push(event.key))
    page.window.dispatchEvent(new page.window.Event(BOOTED_EVENT))
    expect(seen).toEqual(['/'])
  })

  it('warms the cache with the scripts once the page is loaded and idle, without running them', async () => {
    const page = loadedPage()
    page.window.dispatchEvent(new page.window.Event('load'))
    await new Promise((resolve) => setTimeout(resolve, 20))
    const preloads = [...page.document.head.querySelectorAll('link[rel="preload"][as="script"]')].map((l) =>
      l.getAttribute('href'),
    )
    expect(preloads).toEqual(['/_next/static/chunks/a1.js', '/_next/static/chunks/turbopack-b2.js'])
    expect(page.requested()).toEqual([])
  })
})
