import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import vm from 'node:vm'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { scenarioArb, widgetOptionsArb } from './arbitraries'
import {
  EMBED_DATA_PARAMS,
  EMBED_SANDBOX,
  FRAME_HEIGHT,
  INITIAL_FRAME_HEIGHT,
  RESIZE_MESSAGE_TYPE,
  iframeSnippet,
  scriptSnippet,
} from './embed'
import { parseWidgetQuery } from './parse'

const ORIGIN = 'https://sfg.example'
const source = readFileSync(join(process.cwd(), 'public', 'embed.v1.js'), 'utf8')

const unescape = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')

/** A just-big-enough DOM for embed.v1.js: one host element, iframes, and the message listener. */
class FakeElement {
  attributes = new Map<string, string>()
  listeners = new Map<string, () => void>()
  hidden = false
  text = ''
  href = ''
  dataset: Record<string, string> = {}
  style = { cssText: '', height: '' }
  children: FakeElement[] = []
  contentWindow = {}
  setAttribute(name: string, value: string) {
    this.attributes.set(name, value)
  }
  hasAttribute(name: string) {
    return this.attributes.has(name)
  }
  getAttribute(name: string) {
    return this.attributes.get(name) ?? null
  }
  addEventListener(type: string, listener: () => void) {
    this.listeners.set(type, listener)
  }
  appendChild(child: FakeElement) {
    this.children.push(child)
  }
  insertBefore(child: FakeElement) {
    this.children.unshift(child)
  }
  get firstChild(): FakeElement | null {
    return this.children[0] ?? null
  }
  set textContent(text: string) {
    this.children = []
    this.text = text
  }
  get textContent(): string {
    return this.text + this.children.map((c) => c.textContent).join('')
  }
}

/** Runs embed.v1.js on a fake page at `pageUrl` with one host element; returns the element. */
function mountOn(dataset: Record<string, string>, pageUrl = 'https://host.example/post') {
  const host = new FakeElement()
  host.dataset = dataset
  let onMessage: (event: { origin: string; source: unknown; data: unknown }) => void = () => {}
  const document = {
    currentScript: { src: `${ORIGIN}/embed.v1.js` },
    readyState: 'complete',
    querySelectorAll: () => [host],
    createElement: () => new FakeElement(),
    createTextNode: (text: string) => Object.assign(new FakeElement(), { text }),
    addEventListener: () => {},
  }
  const window = {
    addEventListener: (type: string, listener: typeof onMessage) => {
      if (type === 'message') onMessage = listener
    },
  }
  const { protocol, hostname } = new URL(pageUrl)
  vm.runInNewContext(source, {
    document,
    window,
    location: { protocol, hostname },
    URL,
    URLSearchParams,
    setTimeout,
  })
  return { host, send: (event: Parameters<typeof onMessage>[0]) => onMessage(event) }
}

function runEmbed(dataset: Record<string, string>) {
  const { host, send } = mountOn(dataset)
  const frame = host.children[0]
  if (frame === undefined) throw new Error('embed.js did not create an iframe')
  return { frame, send }
}

/** What embed.js would read from the snippet's data-* attributes (dataset camel-cases them). */
function datasetOf(snippet: string): Record<string, string> {
  const dataset: Record<string, string> = {}
  for (const [, name, value] of snippet.matchAll(/ data-([a-z-]+)="([^"]*)"/g)) {
    dataset[name!.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())] = unescape(value!)
  }
  return dataset
}

describe('embed snippets', () => {
  it('round-trip: scenario → iframe snippet → URL → scenario is identical', () => {
    fc.assert(
      fc.property(scenarioArb, widgetOptionsArb, (scenario, options) => {
        const src = unescape(/src="([^"]+)"/.exec(iframeSnippet(ORIGIN, scenario, options))![1]!)
        expect(src.startsWith(`${ORIGIN}/embed/calculator`)).toBe(true)
        expect(parseWidgetQuery(new URL(src).searchParams)).toEqual({ scenario, options, issues: [] })
      }),
      { numRuns: 300 },
    )
  })

  it('round-trip: scenario → script snippet → embed.js → iframe URL → scenario is identical', () => {
    fc.assert(
      fc.property(scenarioArb, widgetOptionsArb, (scenario, options) => {
        const { frame } = runEmbed(datasetOf(scriptSnippet(ORIGIN, scenario, options)))
        const src = new URL(frame.attributes.get('src')!)
        expect(src.origin + src.pathname).toBe(`${ORIGIN}/embed/calculator`)
        expect(parseWidgetQuery(src.searchParams)).toEqual({ scenario, options, issues: [] })
      }),
      { numRuns: 200 },
    )
  })

  it('gives the iframe a title, lazy loading and the recommended sandbox', () => {
    const { frame } = runEmbed({ apr: '5' })
    expect(frame.attributes.get('sandbox')).toBe(EMBED_SANDBOX)
    expect(frame.attributes.get('loading')).toBe('lazy')
    expect(frame.attributes.get('title')).toMatch(/calculator/)
    expect(frame.style.cssText).toContain(`height:${INITIAL_FRAME_HEIGHT.full}px`)
    expect(runEmbed({ compact: '' }).frame.style.cssText).toContain(
      `height:${INITIAL_FRAME_HEIGHT.compact}px`,
    )
  })

  it('copies exactly the public parameters (embed.js and the library agree)', () => {
    const list = /var PARAMS = \[([^\]]+)\]/
      .exec(source)![1]!
      .match(/'([^']+)'/g)!
      .map((s) => s.slice(1, -1))
    expect(list).toEqual([...EMBED_DATA_PARAMS])
    expect(source).toContain(`'${RESIZE_MESSAGE_TYPE}'`)
    expect(source).toContain(`MIN_HEIGHT = ${FRAME_HEIGHT.min}`)
    expect(source).toContain(`MAX_HEIGHT = ${FRAME_HEIGHT.max}`)
  })
})

describe('embed.js resize messages', () => {
  const resize = (height: unknown) => ({ type: RESIZE_MESSAGE_TYPE, height })

  it('applies a height from our origin and that iframe, clamped', () => {
    const { frame, send } = runEmbed({})
    send({ origin: ORIGIN, source: frame.contentWindow, data: resize(777.4) })
    expect(frame.style.height).toBe('777px')
    send({ origin: ORIGIN, source: frame.contentWindow, data: resize(1e9) })
    expect(frame.style.height).toBe(`${FRAME_HEIGHT.max}px`)
    send({ origin: ORIGIN, source: frame.contentWindow, data: resize(-5) })
    expect(frame.style.height).toBe(`${FRAME_HEIGHT.min}px`)
  })

  it.each([
    { name: 'another origin', event: { origin: 'https://evil.example', data: resize(900) } },
    { name: 'another window of ours', event: { origin: ORIGIN, source: {}, data: resize(900) } },
    { name: 'another message type', event: { origin: ORIGIN, data: { type: 'other', height: 900 } } },
    { name: 'a height that is not a number', event: { origin: ORIGIN, data: resize('900px; color: red') } },
    { name: 'a non-object message', event: { origin: ORIGIN, data: 'staking-calculator:resize' } },
  ])('ignores a message from $name', ({ event }) => {
    const { frame, send } = runEmbed({})
    send({ source: frame.contentWindow, ...event })
    expect(frame.style.height).toBe('')
  })
})

describe('where the widget cannot be framed', () => {
  it.each([
    ['an http page', 'http://host.example/post', false],
    ['an https page', 'https://host.example/post', true],
    ['http on localhost (local testing)', 'http://localhost:8080/', true],
    ['http on 127.0.0.1 (local testing)', 'http://127.0.0.1:5500/', true],
  ])('%s gets a frame: %s', (_, pageUrl, framed) => {
    const { host } = mountOn({ apr: '5' }, pageUrl)
    const notice = host.children.find((c) => c.attributes.has('data-staking-calculator-notice'))
    expect(notice === undefined).toBe(framed)
    if (!framed) {
      expect(notice?.textContent).toContain('can only be embedded in https pages')
      expect(notice?.children.find((c) => c.href !== '')?.href).toBe(`${ORIGIN}/embed#framing`)
    }
  })
})
