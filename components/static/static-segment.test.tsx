// @vitest-environment jsdom
import { act, startTransition } from 'react'
import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'
import { afterAll, afterEach, beforeEach, expect, it, vi } from 'vitest'

// Test files share one module registry (vitest.config.mts): the router stand-in is this file's alone.
beforeEach(() => {
  vi.resetModules()
  vi.doMock('next/navigation', () => ({ useRouter: () => ({ push: vi.fn(), prefetch: vi.fn() }) }))
})
afterAll(() => {
  vi.doUnmock('next/navigation')
  vi.resetModules()
})

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined
}

afterEach(() => {
  vi.restoreAllMocks()
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

it('a part the router opens waits for its article’s HTML, then shows it: the replay after the wait does not break React’s hooks', async () => {
  globalThis.IS_REACT_ACT_ENVIRONMENT = true
  const { StaticSegment } = await import('./static-segment.client')
  let respond: (response: Response) => void = () => {}
  vi.stubGlobal(
    'fetch',
    vi.fn(() => new Promise<Response>((resolve) => (respond = resolve))),
  )
  const errors: unknown[] = []
  // React's development build says so when a replay skips `use` (the production build throws error #467 later).
  vi.spyOn(console, 'error').mockImplementation((...args) => errors.push(args.join(' ')))
  const container = document.createElement('div')
  document.body.append(container)
  const root = createRoot(container, {
    onUncaughtError: (error) => errors.push(error),
    onCaughtError: (error) => errors.push(error),
    onRecoverableError: (error) => errors.push(error),
  })
  // A router navigation is a transition: React keeps the previous screen and waits on the part's `use`.
  await act(async () => {
    startTransition(() => root.render(<StaticSegment id="e.0" className="prose" page="/learn/e" />))
  })
  expect(container.textContent).toBe('')
  await act(async () => {
    respond(new Response('<div data-static-segment="e.0"><p>The article’s text</p></div>'))
  })
  expect(errors).toEqual([])
  expect(container.querySelector('[data-static-segment="e.0"]')?.innerHTML).toBe('<p>The article’s text</p>')
  await act(async () => root.unmount())
})

it('a part already in the document shows at once, without a fetch or a wait', async () => {
  globalThis.IS_REACT_ACT_ENVIRONMENT = false
  const { StaticSegment } = await import('./static-segment.client')
  const fetch = vi.fn()
  vi.stubGlobal('fetch', fetch)
  document.body.innerHTML = '<div data-static-segment="f.0"><p>In place</p></div>'
  const container = document.createElement('div')
  document.body.append(container)
  const root = createRoot(container)
  // Rendered synchronously: had the part suspended, even for a microtask, nothing would be on screen yet.
  flushSync(() => root.render(<StaticSegment id="f.0" className="prose" page="/learn/f" />))
  expect(container.querySelector('[data-static-segment="f.0"]')?.innerHTML).toBe('<p>In place</p>')
  expect(fetch).not.toHaveBeenCalled()
  await act(async () => root.unmount())
})
