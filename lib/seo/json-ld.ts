/**
 * schema.org structured data (JSON-LD) for search engines, built from plain values and serialised through
 * one function that makes the JSON safe inside an HTML `<script>` element.
 */

export type JsonLd = Record<string, unknown>

/**
 * JSON for a `<script type="application/ld+json">`: `<`, `>` and `&` are written as Unicode escapes so no
 * text can close the element or open a comment, and U+2028/U+2029 are escaped for old JavaScript parsers.
 * The result still parses back to the same value with JSON.parse.
 */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}

export type Organisation = { name: string; url: string; logo: string }

function organisation(org: Organisation): JsonLd {
  return { '@type': 'Organization', name: org.name, url: org.url, logo: org.logo }
}

/** The site itself, with its search page as a SearchAction. */
export function websiteJsonLd(site: { name: string; url: string; description: string }): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: site.name,
    url: `${site.url}/`,
    description: site.description,
    inLanguage: 'en',
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${site.url}/search?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  }
}

export type ArticleJsonLdInput = {
  url: string
  title: string
  description: string
  published: string
  modified: string
  section: string
  tags: readonly string[]
  sources: readonly { title: string; url: string }[]
  /** The article's social card (absolute URL of the image its Open Graph tags name) and its size in pixels. */
  image: { url: string; width: number; height: number }
}

/** An article: written and published by the organisation, free to read, dated from its frontmatter. */
export function articleJsonLd(article: ArticleJsonLdInput, org: Organisation): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: article.title,
    description: article.description,
    datePublished: article.published,
    dateModified: article.modified,
    inLanguage: 'en',
    articleSection: article.section,
    keywords: article.tags.join(', '),
    url: article.url,
    image: { '@type': 'ImageObject', ...article.image },
    mainEntityOfPage: { '@type': 'WebPage', '@id': article.url },
    isAccessibleForFree: true,
    author: organisation(org),
    publisher: organisation(org),
    citation: article.sources.map((s) => ({ '@type': 'CreativeWork', name: s.title, url: s.url })),
  }
}

/** The trail from the home page to a page, each step with its absolute URL. */
export function breadcrumbJsonLd(trail: readonly { name: string; url: string }[]): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((step, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: step.name,
      item: step.url,
    })),
  }
}

/** The glossary as a DefinedTermSet, each term a DefinedTerm with its anchor on the page. */
export function glossaryJsonLd(
  glossary: { url: string; name: string; description: string },
  terms: readonly { id: string; term: string; long: string; aliases?: readonly string[] }[],
): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'DefinedTermSet',
    '@id': glossary.url,
    name: glossary.name,
    description: glossary.description,
    url: glossary.url,
    hasDefinedTerm: terms.map((t) => ({
      '@type': 'DefinedTerm',
      '@id': `${glossary.url}#${t.id}`,
      name: t.term,
      description: t.long,
      url: `${glossary.url}#${t.id}`,
      ...(t.aliases?.length ? { alternateName: [...t.aliases] } : {}),
      inDefinedTermSet: glossary.url,
    })),
  }
}
