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
