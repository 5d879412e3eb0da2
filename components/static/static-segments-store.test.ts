// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'

/** A fresh copy of the store per test: it keeps what it has seen in module state, as in a browser tab. */
async function freshStore() {
  vi.resetModules()
  return import('./static-segments-store')
}

const articleHtml = (parts: Record<string, string>) =>
  `<!doctype html><html><body>${Object.entries(parts)
    .map(([id, html]) => `<div data-static-segment="${id}" class="static-segment">${html}</div>`)
    .join('<div>island</div>')}</body></html>`

afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

describe('the static parts store', () => {
  it('takes a part from the document, then remembers it after the document has changed', async () => {
    const store = await freshStore()
    document.body.innerHTML = articleHtml({ 'a.0': '<p>Prose</p>' })
    expect(store.knownSegment('a.0')).toBe('<p>Prose</p>')
    document.body.innerHTML = ''
    expect(store.knownSegment('a.0')).toBe('<p>Prose</p>')
    expect(store.knownSegment('a.1')).toBeUndefined()
  })

  it('fetches an article once for all its parts', async () => {
    const store = await freshStore()
    const fetch = vi.fn(
      async () => new Response(articleHtml({ 'b.0': '<p>One</p>', 'b.end': '<p>Sources</p>' })),
    )
    vi.stubGlobal('fetch', fetch)
    const [first, second] = [store.loadStaticSegments('/learn/b'), store.loadStaticSegments('/learn/b')]
    expect(first).toBe(second)
    expect(await first).toBe(true)
    expect(store.knownSegment('b.0')).toBe('<p>One</p>')
    expect(store.knownSegment('b.end')).toBe('<p>Sources</p>')
    expect(fetch).toHaveBeenCalledTimes(1)
  })

  it('a failed fetch resolves false and stays the same promise; a later prefetch tries again', async () => {
    const store = await freshStore()
    const fetch = vi
      .fn()
      .mockRejectedValueOnce(new TypeError('offline'))
      .mockResolvedValueOnce(new Response('', { status: 500 }))
      .mockResolvedValueOnce(new Response(articleHtml({ 'c.0': '<p>Back</p>' })))
    vi.stubGlobal('fetch', fetch)
    const failed = store.loadStaticSegments('/learn/c')
    expect(await failed).toBe(false)
    expect(store.loadStaticSegments('/learn/c')).toBe(failed)
    store.prefetchStaticSegments('/learn/c')
    expect(await store.loadStaticSegments('/learn/c')).toBe(false) // the 500
    store.prefetchStaticSegments('/learn/c')
    expect(await store.loadStaticSegments('/learn/c')).toBe(true)
    expect(store.knownSegment('c.0')).toBe('<p>Back</p>')
  })

  it('does not fetch again a page whose parts the tab already has', async () => {
    const store = await freshStore()
    const fetch = vi.fn(async () => new Response(''))
    vi.stubGlobal('fetch', fetch)
    store.rememberPage('/learn/d')
    store.prefetchStaticSegments('/learn/d')
    expect(await store.loadStaticSegments('/learn/d')).toBe(true)
    expect(fetch).not.toHaveBeenCalled()
  })

  it('prefetches the pages with parts only: articles and the glossary', async () => {
    const store = await freshStore()
    const fetch = vi.fn(async () => new Response(''))
    vi.stubGlobal('fetch', fetch)
    for (const path of [
      '/learn',
      '/learn/section/basics',
      '/learn/difficulty/beginner',
      '/calculator',
      '/glossary/x',
      '/glossaryx',
    ])
      store.prefetchStaticSegments(path)
    expect(fetch).not.toHaveBeenCalled()
    store.prefetchStaticSegments('/learn/apr-vs-apy')
    expect(fetch).toHaveBeenCalledWith('/learn/apr-vs-apy', { headers: { accept: 'text/html' } })
    store.prefetchStaticSegments('/glossary')
    expect(fetch).toHaveBeenCalledWith('/glossary', { headers: { accept: 'text/html' } })
    expect(fetch).toHaveBeenCalledTimes(2)
  })
})
