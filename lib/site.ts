/**
 * The public origin of the site, for canonical URLs, the sitemap and JSON-LD. Set SITE_URL when deploying;
 * local builds and tests use http://localhost:3000.
 */
export const SITE_URL = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/$/, '')

export function absoluteUrl(path: string): string {
  return `${SITE_URL}${path.startsWith('/') ? path : `/${path}`}`
}

/** Where readers send corrections (see /about#corrections). */
export const CORRECTIONS_EMAIL = process.env.CORRECTIONS_EMAIL ?? 'corrections@stakingfieldguide.org'
