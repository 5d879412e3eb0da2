import { getDictionary, INTL_LOCALE, DEFAULT_LOCALE } from '@/lib/i18n'

export type PageMetadataInput = {
  /** The page's path, e.g. `/learn/apr-vs-apy`: its one canonical URL and its og:url. */
  path: string
  title: string
  description: string
  /** Articles also give their dates, section and tags. */
  article?: { published: string; modified: string; section: string; tags: readonly string[] }
  /**
   * True when the page's folder has its own `opengraph-image.tsx`. Otherwise the page points at the site's
   * image (`app/opengraph-image.tsx`): a page's own `openGraph` replaces what it would inherit.
   */
  ownSocialImage?: boolean
}

/** How every page's title reads in the browser: the page's own title, then the site's name (see app/layout). */
export function documentTitle(title: string): string {
  return TITLE_TEMPLATE.replace('%s', title)
}
export const TITLE_TEMPLATE = `%s · ${getDictionary().site.name}`

/** The route of the site-wide social image (app/opengraph-image.tsx). */
export const SITE_SOCIAL_IMAGE = { url: '/opengraph-image', width: 1200, height: 630, type: 'image/png' }

/**
 * The metadata every page shares, so none forgets a tag: one canonical, Open Graph and Twitter card tags.
 * Next.js merges metadata one key deep, so a page that set `openGraph` itself would lose the layout's
 * site name and locale; pages use this instead. The social image comes from the nearest
 * `opengraph-image.tsx` (file metadata, added by Next.js to `openGraph.images`). Shaped as Next's `Metadata`
 * without importing Next (lib/ stays framework-free).
 */
export function pageMetadata({ path, title, description, article, ownSocialImage }: PageMetadataInput) {
  const t = getDictionary()
  const images = ownSocialImage
    ? {}
    : { images: [{ ...SITE_SOCIAL_IMAGE, alt: `${t.site.name}: ${t.site.tagline}` }] }
  return {
    title,
    description,
    ...(article ? { keywords: [...article.tags] } : {}),
    alternates: { canonical: path },
    openGraph: {
      siteName: t.site.name,
      locale: INTL_LOCALE[DEFAULT_LOCALE].replace('-', '_'),
      url: path,
      title,
      description,
      ...images,
      ...(article
        ? {
            type: 'article' as const,
            publishedTime: article.published,
            modifiedTime: article.modified,
            section: article.section,
            tags: [...article.tags],
            authors: [t.site.name],
          }
        : { type: 'website' as const }),
    },
    twitter: { card: 'summary_large_image' as const, title, description, ...images },
  }
}
