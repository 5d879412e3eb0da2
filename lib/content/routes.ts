/**
 * Every page of the site that is not an article. Links in content are checked against this list plus
 * `/learn/<slug>` for each article; `routes.test.ts` proves each entry has a page in `app/`.
 */
export const STATIC_ROUTES = [
  '/',
  '/learn',
  '/about',
  '/calculator',
  '/walkthrough',
  '/glossary',
  '/embed',
  '/data',
] as const

export function articlePath(slug: string): string {
  return `/learn/${slug}`
}

/**
 * The pages whose HTML carries static parts (components/static/static-part.tsx), by the key that starts their
 * parts' ids (`<key>.<name>`): every article by its slug, and the glossary as `glossary` (no article has that
 * slug: the loader's slugs are checked against it in routes.test.ts).
 */
export const GLOSSARY_PARTS_KEY = 'glossary'

/** The path of the page that holds the parts keyed `key`: `/glossary`, or the article's `/learn/<slug>`. */
export function staticPartsPage(key: string): string {
  return key === GLOSSARY_PARTS_KEY ? '/glossary' : articlePath(key)
}
