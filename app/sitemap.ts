import type { MetadataRoute } from 'next'
import { getArticles } from '@/lib/content'
import { STATIC_ROUTES } from '@/lib/content/routes'
import { absoluteUrl } from '@/lib/site'

/** Every public page: the static routes and each article. The e2e sweep visits exactly this list. */
export default function sitemap(): MetadataRoute.Sitemap {
  return [
    ...STATIC_ROUTES.map((route) => ({ url: absoluteUrl(route) })),
    ...getArticles().map((a) => ({ url: absoluteUrl(a.path), lastModified: a.frontmatter.updated })),
  ]
}
