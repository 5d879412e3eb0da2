import type { APIRequestContext } from '@playwright/test'
import { glossary } from '../content/glossary'
import { expect, test } from './fixtures'
import { sitemapPaths } from './sitemap'

/** Feeds, social tags and images, structured data and the sitemap: what other programs read. */
test.skip(({ isMobile }) => isMobile, 'machine-read output does not depend on the viewport')

const articles = sitemapPaths().filter((p) => p.startsWith('/learn/'))

/** The value of every `<meta property|name="key">` in the HTML. */
function metaValues(html: string, key: string): string[] {
  return [...html.matchAll(/<meta\s+([^>]+)>/g)]
    .map((m) => m[1]!)
    .filter((attrs) => new RegExp(`(?:property|name)="${key}"`).test(attrs))
    .map((attrs) => attrs.match(/content="([^"]*)"/)?.[1] ?? '')
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian). */
function pngSize(png: Buffer) {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG')
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) }
}

test('RSS, Atom and JSON Feed parse and list every article', async ({ page, request }) => {
  await page.goto('/')
  const expected = articles.map((p) => new URL(p, page.url()).pathname).sort()
  for (const [path, type] of [
    ['/feed.xml', 'application/rss+xml'],
    ['/atom.xml', 'application/atom+xml'],
  ] as const) {
    const response = await request.get(path)
    expect(response.headers()['content-type']).toContain(type)
    const links = await page.evaluate(
      (xml) => {
        const doc = new DOMParser().parseFromString(xml, 'application/xml')
        if (doc.querySelector('parsererror')) return ['parse error']
        const items = [...doc.querySelectorAll('item > link')].map((l) => l.textContent ?? '')
        const entries = [...doc.querySelectorAll('entry > link')].map((l) => l.getAttribute('href') ?? '')
        return [...items, ...entries].map((u) => new URL(u).pathname)
      },
      await response.text(),
    )
    expect(links.sort(), path).toEqual(expected)
  }
  const json = (await (await request.get('/feed.json')).json()) as {
    version: string
    items: { url: string; content_html: string; date_modified: string }[]
  }
  expect(json.version).toMatch(/^https:\/\/jsonfeed\.org\/version\//)
  expect(json.items.map((i) => new URL(i.url).pathname).sort()).toEqual(expected)
  for (const item of json.items) {
    expect(item.content_html).toContain('<li>')
    expect(item.date_modified).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00/)
  }
})

test('feeds are linked from the head and the footer of every page', async ({ page }) => {
  await page.goto('/learn')
  for (const [type, href] of [
    ['application/rss+xml', '/feed.xml'],
    ['application/atom+xml', '/atom.xml'],
    ['application/feed+json', '/feed.json'],
  ] as const) {
    await expect(page.locator(`head link[rel="alternate"][type="${type}"]`)).toHaveAttribute('href', href)
  }
  const footer = page.getByRole('contentinfo')
  await expect(footer.getByRole('link', { name: 'RSS feed' })).toHaveAttribute('href', '/feed.xml')
  await expect(footer.getByRole('link', { name: 'Atom feed' })).toHaveAttribute('href', '/atom.xml')
  await expect(footer.getByRole('link', { name: 'JSON Feed' })).toHaveAttribute('href', '/feed.json')
})

test('every page has one canonical, Open Graph and Twitter tags, and a 1200 × 630 PNG social image', async ({
  request,
}) => {
  const images = new Map<string, string[]>()
  for (const path of [...sitemapPaths(), '/search']) {
    const html = await (await request.get(path)).text()
    const canonicals = [...html.matchAll(/<link\s+rel="canonical"\s+href="([^"]+)"/g)].map((m) => m[1])
    expect(canonicals, `canonical of ${path}`).toHaveLength(1)
    expect(new URL(canonicals[0]!).pathname, `canonical of ${path}`).toBe(path)
    for (const key of [
      'og:title',
      'og:description',
      'og:url',
      'og:type',
      'og:site_name',
      'og:image',
      'twitter:card',
    ]) {
      expect(metaValues(html, key), `${key} on ${path}`).toHaveLength(1)
    }
    expect(metaValues(html, 'og:image:width')).toEqual(['1200'])
    expect(metaValues(html, 'og:image:height')).toEqual(['630'])
    expect(metaValues(html, 'twitter:card')).toEqual(['summary_large_image'])
    const image = metaValues(html, 'og:image')[0]!
    images.set(image, [...(images.get(image) ?? []), path])
  }
  for (const [url, paths] of images) {
    const response = await request.get(new URL(url).pathname + new URL(url).search)
    expect(response.status(), url).toBe(200)
    expect(response.headers()['content-type']).toBe('image/png')
    expect(pngSize(await response.body()), `image of ${paths.join(', ')}`).toEqual({
      width: 1200,
      height: 630,
    })
  }
  // Every article, the calculator, the walkthrough and the glossary have their own image.
  for (const path of [...articles, '/calculator', '/walkthrough', '/glossary']) {
    const own = [...images].find(([, paths]) => paths.includes(path))!
    expect(own[1], `pages sharing the image of ${path}`).toEqual([path])
  }
})

/** Every JSON-LD object in a page's HTML, parsed. */
function jsonLdOf(html: string) {
  return [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].map(
    (m) => JSON.parse(m[1]!) as Record<string, unknown>,
  )
}

async function jsonLd(request: APIRequestContext, path: string) {
  return jsonLdOf(await (await request.get(path)).text())
}

test('structured data parses and has the right types', async ({ request }) => {
  for (const path of articles) {
    const html = await (await request.get(path)).text()
    const data = jsonLdOf(html)
    expect(data.map((d) => d['@type']).sort(), path).toEqual(['Article', 'BreadcrumbList'])
    const article = data.find((d) => d['@type'] === 'Article')!
    expect(article).toMatchObject({ isAccessibleForFree: true, author: { '@type': 'Organization' } })
    expect(article.dateModified).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    // The image is the article's own social card: its og:image without the cache-busting query.
    const image = article.image as { '@type': string; url: string; width: number; height: number }
    const [ogImage] = metaValues(html, 'og:image')
    expect(image, path).toEqual({
      '@type': 'ImageObject',
      url: ogImage!.split('?')[0],
      width: 1200,
      height: 630,
    })
    expect(new URL(image.url).pathname, path).toMatch(new RegExp(`^${path}/opengraph-image`))
    const card = await request.get(new URL(image.url).pathname)
    expect(card.headers()['content-type'], image.url).toBe('image/png')
    expect(pngSize(await card.body()), image.url).toEqual({ width: 1200, height: 630 })
  }
  expect((await jsonLd(request, '/')).map((d) => d['@type'])).toEqual(['WebSite'])
  const [set] = await jsonLd(request, '/glossary')
  expect(set?.['@type']).toBe('DefinedTermSet')
  const terms = set?.hasDefinedTerm as { '@type': string }[]
  expect(terms).toHaveLength(glossary.length)
  expect(new Set(terms.map((t) => t['@type']))).toEqual(new Set(['DefinedTerm']))
})

test('the sitemap dates what has a date, lists /embed and leaves out the noindex widget', async ({
  request,
}) => {
  const xml = await (await request.get('/sitemap.xml')).text()
  const entries = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => ({
    path: new URL(m[1]!.match(/<loc>([^<]+)<\/loc>/)![1]!).pathname,
    lastmod: m[1]!.match(/<lastmod>([^<]+)<\/lastmod>/)?.[1],
  }))
  for (const e of entries.filter((e) => e.path.startsWith('/learn') || e.path === '/')) {
    expect(e.lastmod, `lastmod of ${e.path}`).toMatch(/^\d{4}-\d{2}-\d{2}/)
  }
  expect(entries.map((e) => e.path)).toContain('/embed')
  expect(entries.map((e) => e.path)).not.toContain('/embed/calculator')
  const widget = await (await request.get('/embed/calculator')).text()
  expect(metaValues(widget, 'robots')).toEqual(['noindex, follow'])
})
