import { fillMetadataSegment } from 'next/dist/lib/metadata/get-metadata-route'
import { JsonLd } from '@/components/seo/json-ld'
import type { Article } from '@/lib/content/loader'
import { articlePageJsonLd } from '@/lib/seo/site-json-ld'

type ArticleJsonLdProps = { article: Article }

/**
 * The route Next.js gives an article's social card (app/(site)/learn/[slug]/opengraph-image.tsx), computed by
 * the function Next.js itself uses for its Open Graph tags: the route group adds a hash suffix to the name.
 * e2e/sharing.spec.ts checks it against the og:image of every article.
 */
function socialImagePath(slug: string): string {
  return fillMetadataSegment('/(site)/learn/[slug]', { slug }, 'opengraph-image', false)
}

/** schema.org Article and BreadcrumbList for search engines (serialised safely by lib/seo/json-ld). */
export function ArticleJsonLd({ article }: ArticleJsonLdProps) {
  return <JsonLd data={articlePageJsonLd(article, socialImagePath(article.slug))} />
}
