import type { Article } from '@/lib/content/loader'
import { sectionById } from '@/lib/content/sections'
import { getDictionary } from '@/lib/i18n'
import { absoluteUrl, SITE_URL } from '@/lib/site'
import { SOCIAL_IMAGE_SIZE } from './social-fonts'
import { articleJsonLd, breadcrumbJsonLd, type JsonLd, type Organisation, websiteJsonLd } from './json-ld'

/** The site's JSON-LD, from its own data: the builders in json-ld.ts stay free of the site's modules. */
export function siteOrganisation(): Organisation {
  return { name: getDictionary().site.name, url: absoluteUrl('/'), logo: absoluteUrl('/icon.svg') }
}

export function siteWebsiteJsonLd(): JsonLd {
  const t = getDictionary()
  return websiteJsonLd({ name: t.site.name, url: SITE_URL, description: t.site.description })
}

/**
 * Article and its breadcrumb trail (Home › Learn › section › article). `socialImagePath` is the route of the
 * article's social card, as its Open Graph tags name it (without their cache-busting query).
 */
export function articlePageJsonLd(article: Article, socialImagePath: string): JsonLd[] {
  const t = getDictionary()
  const fm = article.frontmatter
  const section = sectionById(fm.section)
  return [
    articleJsonLd(
      {
        url: absoluteUrl(article.path),
        title: fm.title,
        description: fm.description,
        published: fm.published,
        modified: fm.updated,
        section: section.title,
        tags: fm.tags,
        sources: fm.sources,
        image: { url: absoluteUrl(socialImagePath), ...SOCIAL_IMAGE_SIZE },
      },
      siteOrganisation(),
    ),
    breadcrumbJsonLd([
      { name: t.nav.home, url: absoluteUrl('/') },
      { name: t.nav.learn, url: absoluteUrl('/learn') },
      { name: section.title, url: absoluteUrl(`/learn#${section.id}`) },
      { name: fm.title, url: absoluteUrl(article.path) },
    ]),
  ]
}
