import { createHash, timingSafeEqual } from 'node:crypto'

/**
 * Nonce substitution at the caching front (README § "Security headers and CSP", deploy/README.md).
 *
 * When the nginx front (deploy/nginx) forwards a per-request page, it sends {@link FRONT_NONCE_HEADER} with the
 * key it shares with the app servers (`FRONT_NONCE_KEY`). The app then renders the nonce as the fixed
 * {@link NONCE_PLACEHOLDER} in the HTML and in the Content-Security-Policy; nginx stores that response keyed by
 * the URL and, on every answer (MISS or HIT), replaces the placeholder with a fresh random value in the body
 * (`sub_filter`) and in the rebuilt CSP header. A request without the key (any client talking to `next start`
 * directly, with or without the header) keeps a real per-request nonce.
 */

/**
 * What the app writes instead of a nonce for the front to replace: 32 base64 characters, like nginx's
 * `$request_id` that replaces it (128 random bits in hex). deploy/nginx/site.conf.template repeats it (checked
 * by front-nonce.test.ts). nginx matches it case-insensitively.
 */
export const NONCE_PLACEHOLDER = 'sfgFrontNonce0Placeholder0000000'

/** The request header the front sets (always overwriting what a client sent). */
export const FRONT_NONCE_HEADER = 'x-csp-nonce-placeholder'

/** Keys shorter than this are ignored (the feature stays off), so a typo cannot make it guessable. */
const MINIMUM_KEY_LENGTH = 16

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest()

/** Whether the request's header carries the key shared with the front (`configuredKey`, from the environment). */
export function fromFront(headerValue: string | null, configuredKey: string | undefined): boolean {
  if (!configuredKey || configuredKey.length < MINIMUM_KEY_LENGTH || !headerValue) return false
  return timingSafeEqual(digest(headerValue), digest(configuredKey))
}

/** Percent-escapes decoded one byte at a time, leniently (a malformed one elsewhere cannot hide the rest). */
const percentDecoded = (text: string) =>
  text.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))

/**
 * Whether the URL spells the placeholder (raw or percent-encoded, any case). The page may echo its query (an
 * input it rejects, say); the front would turn an echoed placeholder into the real nonce, so such a request
 * gets a real nonce instead and the front, finding no placeholder in its CSP, does not store it.
 */
export function mentionsPlaceholder(url: string): boolean {
  const needle = NONCE_PLACEHOLDER.toLowerCase()
  const raw = url.toLowerCase()
  return raw.includes(needle) || percentDecoded(raw).toLowerCase().includes(needle)
}

/** The nonce this response gets: the placeholder for the front, otherwise 18 random bytes in base64. */
export function responseNonce(options: { fromFront: boolean; url: string }): string {
  if (options.fromFront && !mentionsPlaceholder(options.url)) return NONCE_PLACEHOLDER
  return Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString('base64')
}
