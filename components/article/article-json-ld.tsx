import type { Article } from '@/lib/content/loader'
import { getDictionary } from '@/lib/i18n'
import { absoluteUrl } from '@/lib/site'

type ArticleJsonLdProps = { article: Article }

/** schema.org Article for search engines. `<` is escaped so text can never close the script element. */
export function ArticleJsonLd({ article }: ArticleJsonLdProps) {
  const t = getDictionary()
  const fm = article.frontmatter
  const org = { '@type': 'Organization', name: t.site.name, url: absoluteUrl('/') }
  const data = {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: fm.title,
    description: fm.description,
    datePublished: fm.published,
    dateModified: fm.updated,
    inLanguage: 'en',
    keywords: fm.tags.join(', '),
    mainEntityOfPage: absoluteUrl(article.path),
    author: org,
    publisher: org,
    citation: fm.sources.map((s) => ({ '@type': 'CreativeWork', name: s.title, url: s.url })),
  }
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, '\\u003c') }}
    />
  )
}
