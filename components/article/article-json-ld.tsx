import { JsonLd } from '@/components/seo/json-ld'
import type { Article } from '@/lib/content/loader'
import { articlePageJsonLd } from '@/lib/seo/site-json-ld'

type ArticleJsonLdProps = { article: Article }

/** schema.org Article and BreadcrumbList for search engines (serialised safely by lib/seo/json-ld). */
export function ArticleJsonLd({ article }: ArticleJsonLdProps) {
  return <JsonLd data={articlePageJsonLd(article)} />
}
