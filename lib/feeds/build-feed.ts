import { Feed } from 'feed'

/** What a feed needs of an article (the loader's `Article`, reduced so this module stays pure). */
export type FeedArticle = {
  path: string
  title: string
  description: string
  keyTakeaways: readonly string[]
  section: string
  /** YYYY-MM-DD */
  published: string
  /** YYYY-MM-DD */
  updated: string
}

export type FeedSite = {
  /** Origin without a trailing slash, e.g. https://example.org */
  url: string
  name: string
  title: string
  description: string
  copyright: string
  keyTakeawaysHeading: string
}

/** The three feeds and where they are served. */
export const FEED_PATHS = { rss: '/feed.xml', atom: '/atom.xml', json: '/feed.json' } as const

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

const day = (iso: string) => new Date(`${iso}T00:00:00Z`)

/** An article's full summary as HTML: its description, then its key takeaways as a list. */
export function summaryHtml(article: FeedArticle, keyTakeawaysHeading: string): string {
  const takeaways = article.keyTakeaways.map((k) => `<li>${escapeHtml(k)}</li>`).join('')
  return `<p>${escapeHtml(article.description)}</p><h2>${escapeHtml(keyTakeawaysHeading)}</h2><ul>${takeaways}</ul>`
}

/**
 * One feed of every article, most recently updated first, dated from the frontmatter (`updated`, `published`)
 * so the output changes only when content does. Serialise it with `.rss2()`, `.atom1()` or `.json1()`.
 */
export function buildFeed(articles: readonly FeedArticle[], site: FeedSite): Feed {
  const sorted = [...articles].sort(
    (a, b) => b.updated.localeCompare(a.updated) || a.path.localeCompare(b.path),
  )
  const organisation = { name: site.name, link: `${site.url}/` }
  const feed = new Feed({
    id: `${site.url}/`,
    link: `${site.url}/`,
    title: site.title,
    description: site.description,
    language: 'en',
    copyright: site.copyright,
    updated: sorted[0] ? day(sorted[0].updated) : undefined,
    generator: false,
    favicon: `${site.url}/icon.svg`,
    author: organisation,
    feedLinks: {
      rss: `${site.url}${FEED_PATHS.rss}`,
      atom: `${site.url}${FEED_PATHS.atom}`,
      json: `${site.url}${FEED_PATHS.json}`,
    },
  })
  for (const article of sorted) {
    const url = `${site.url}${article.path}`
    feed.addItem({
      id: url,
      link: url,
      title: article.title,
      description: article.description,
      content: summaryHtml(article, site.keyTakeawaysHeading),
      date: day(article.updated),
      published: day(article.published),
      author: [organisation],
      category: [{ name: article.section }],
    })
  }
  return feed
}
