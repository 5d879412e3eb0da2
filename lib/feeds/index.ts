import type { Article } from '@/lib/content/loader'
import { sectionById } from '@/lib/content/sections'
import { getDictionary } from '@/lib/i18n'
import { SITE_URL } from '@/lib/site'
import { buildFeed, type FeedArticle } from './build-feed'

export { FEED_PATHS } from './build-feed'

export function toFeedArticle(article: Article): FeedArticle {
  const fm = article.frontmatter
  return {
    path: article.path,
    title: fm.title,
    description: fm.description,
    keyTakeaways: fm.keyTakeaways,
    section: sectionById(fm.section).title,
    published: fm.published,
    updated: fm.updated,
  }
}

/** The site's feed of every published article (the three routes serialise it as RSS, Atom and JSON). */
export function siteFeed(articles: readonly Article[]) {
  const t = getDictionary()
  return buildFeed(articles.map(toFeedArticle), {
    url: SITE_URL,
    name: t.site.name,
    title: t.feeds.title,
    description: t.site.description,
    copyright: t.footer.copyright(2026),
    keyTakeawaysHeading: t.feeds.keyTakeaways,
  })
}
