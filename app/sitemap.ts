import type { MetadataRoute } from 'next'
import { getArticles } from '@/lib/content'
import { STATIC_ROUTES } from '@/lib/content/routes'
import { absoluteUrl } from '@/lib/site'

/**
 * Every public page: the static routes and each article. The e2e sweep visits exactly this list. Pages with
 * a date carry it as lastmod: an article its `updated`, and the pages listing articles (/, /learn) the
 * latest of those. The widget (/embed/calculator) is left out: it is `noindex`; its docs page /embed is listed.
 * So are the filtered /learn pages (/learn/section/…, /learn/difficulty/…): `noindex` subsets of /learn.
 */
export default function sitemap(): MetadataRoute.Sitemap {
  const articles = getArticles()
  const latest = articles
    .map((a) => a.frontmatter.updated)
    .sort()
    .at(-1)
  const datedByArticles = new Set<string>(['/', '/learn'])
  return [
    ...STATIC_ROUTES.map((route) => ({
      url: absoluteUrl(route),
      ...(latest && datedByArticles.has(route) ? { lastModified: latest } : {}),
    })),
    ...articles.map((a) => ({ url: absoluteUrl(a.path), lastModified: a.frontmatter.updated })),
  ]
}
