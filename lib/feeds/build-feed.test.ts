import { describe, expect, it } from 'vitest'
import { buildFeed, summaryHtml, type FeedArticle, type FeedSite } from './build-feed'

const site: FeedSite = {
  url: 'https://example.org',
  name: 'Guide',
  title: 'Guide: articles',
  description: 'All articles.',
  copyright: '© 2026 Guide',
  keyTakeawaysHeading: 'Key takeaways',
}

const older: FeedArticle = {
  path: '/learn/older',
  title: 'Older & wiser',
  description: 'Says <b>why</b>.',
  keyTakeaways: ['One', 'Two < three'],
  section: 'Basics',
  published: '2026-01-02',
  updated: '2026-03-04',
}
const newer: FeedArticle = { ...older, path: '/learn/newer', title: 'Newer', updated: '2026-05-06' }

describe('buildFeed', () => {
  const feed = buildFeed([older, newer], site)

  it('lists every article, most recently updated first, with absolute links', () => {
    expect(feed.items.map((i) => i.link)).toEqual([
      'https://example.org/learn/newer',
      'https://example.org/learn/older',
    ])
  })

  it('dates items and the feed from the frontmatter, not from the clock', () => {
    expect(feed.items[1]?.date.toISOString()).toBe('2026-03-04T00:00:00.000Z')
    expect(feed.items[1]?.published?.toISOString()).toBe('2026-01-02T00:00:00.000Z')
    expect(feed.options.updated?.toISOString()).toBe('2026-05-06T00:00:00.000Z')
  })

  it('writes RSS 2.0 with titles kept verbatim and dates from the frontmatter', () => {
    const rss = feed.rss2()
    expect(rss).toContain('<rss version="2.0"')
    expect(rss).toContain('<title><![CDATA[Older & wiser]]></title>')
    expect(rss).toContain('<pubDate>Fri, 02 Jan 2026 00:00:00 GMT</pubDate>')
    expect(rss).toContain('<lastBuildDate>Wed, 06 May 2026 00:00:00 GMT</lastBuildDate>')
  })

  it('writes Atom with one entry per article and the feed updated date', () => {
    const atom = feed.atom1()
    expect(atom.match(/<entry>/g)).toHaveLength(2)
    expect(atom).toContain('<updated>2026-05-06T00:00:00.000Z</updated>')
  })

  it('writes a JSON Feed whose items carry the full summary', () => {
    const json = JSON.parse(feed.json1()) as {
      version: string
      items: { content_html: string; url: string }[]
    }
    expect(json.version).toBe('https://jsonfeed.org/version/1')
    expect(json.items[1]?.content_html).toBe(summaryHtml(older, 'Key takeaways'))
  })

  it('gives an empty site a feed with no items and no updated date', () => {
    const empty = buildFeed([], site)
    expect(empty.items).toEqual([])
    expect(empty.options.updated).toBeUndefined()
  })
})

describe('summaryHtml', () => {
  it('escapes text and lists the key takeaways', () => {
    expect(summaryHtml(older, 'Key takeaways')).toBe(
      '<p>Says &lt;b&gt;why&lt;/b&gt;.</p><h2>Key takeaways</h2><ul><li>One</li><li>Two &lt; three</li></ul>',
    )
  })
})
