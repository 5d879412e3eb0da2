import { createHash } from 'node:crypto'

/**
 * The site's Content-Security-Policy, one function for every route.
 *
 * Prerendered pages allow exactly their own inline scripts by SHA-256 hash (computed from the built HTML by
 * `scripts/csp-manifest.ts`), so they stay static and cacheable by any shared cache. Pages rendered per
 * request (/calculator, /embed/calculator, /walkthrough) get a fresh nonce from `proxy.ts` instead, and are
 * never stored by a browser or CDN; only the nginx front stores them, with a placeholder it replaces by a fresh
 * nonce in every answer (front-nonce.ts). README § "Security headers and CSP" explains the choice and its numbers.
 */
export type ScriptSources = { hashes: readonly string[]; nonce?: string }

export type CspOptions = {
  scripts: ScriptSources
  /** Hashes of every inline `<style>` the site renders (React hoists them on client navigations too). */
  styleHashes: readonly string[]
  /** The widget may be framed by any https site; every other page by nobody. */
  framable: boolean
  /**
   * The widget is being framed by an http page on this machine (`localEmbedder`): allow http://localhost and
   * http://127.0.0.1 ancestors too, for this response only, so an embed can be tried locally. Never sent to
   * anyone else, so the public policy names no insecure scheme.
   */
  localAncestors?: boolean
  /** `next dev` needs eval and inline scripts for Fast Refresh; never in production. */
  development?: boolean
}

/** `'sha256-…'` of a script's or style's text exactly as it appears between its tags. */
export function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`
}

const LOCAL_ANCESTORS = ['http://localhost:*', 'http://127.0.0.1:*']

/** Whether a request's Referer is an http page on this machine (someone trying an embed locally). */
export function localEmbedder(referer: string | null): boolean {
  if (referer === null) return false
  try {
    const { protocol, hostname } = new URL(referer)
    return protocol === 'http:' && (hostname === 'localhost' || hostname === '127.0.0.1')
  } catch {
    return false
  }
}

export function contentSecurityPolicy(options: CspOptions): string {
  const { scripts, styleHashes, framable, localAncestors = false, development = false } = options
  const scriptSources = development
    ? ["'self'", "'unsafe-inline'", "'unsafe-eval'"]
    : [
        "'self'",
        // Pagefind's search runs WebAssembly; this allows compiling it, not eval() of strings.
        "'wasm-unsafe-eval'",
        ...scripts.hashes,
        ...(scripts.nonce ? [`'nonce-${scripts.nonce}'`] : []),
      ]
  const directives: [string, ...string[]][] = [
    ['default-src', "'none'"],
    ['script-src', ...scriptSources],
    // Browsers without style-src-elem/-attr (before 2022) fall back to this one.
    ['style-src', "'self'"],
    ['style-src-elem', "'self'", ...(development ? ["'unsafe-inline'"] : styleHashes)],
    // Charts and bars sized to their data use style="" attributes; these cannot run code.
    ['style-src-attr', "'unsafe-inline'"],
    ['img-src', "'self'", 'data:'],
    ['font-src', "'self'"],
    ['connect-src', "'self'", ...(development ? ['ws:'] : [])],
    ['frame-src', "'self'"],
    ['worker-src', "'self'"],
    ['manifest-src', "'self'"],
    ['base-uri', "'none'"],
    ['form-action', "'self'"],
    // The widget: any https page (and, for one response, an http page on this machine: localAncestors).
    [
      'frame-ancestors',
      ...(framable ? ["'self'", 'https:', ...(localAncestors ? LOCAL_ANCESTORS : [])] : ["'none'"]),
    ],
    ['object-src', "'none'"],
  ]
  return directives.map((d) => d.join(' ')).join('; ')
}

export type InlineCode = { scripts: string[]; styles: string[] }

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi
const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi
const EXECUTABLE_TYPE = /^(|text\/javascript|application\/javascript|module)$/i

/** The inline scripts a browser would run (not `src=` ones, not JSON-LD) and the inline styles of a page. */
export function inlineCode(html: string): InlineCode {
  const scripts: string[] = []
  for (const [, attributes = '', body = ''] of html.matchAll(SCRIPT)) {
    if (/\ssrc\s*=/i.test(` ${attributes}`)) continue
    const type = /\stype\s*=\s*["']?([^"'\s>]*)/i.exec(` ${attributes}`)?.[1] ?? ''
    if (EXECUTABLE_TYPE.test(type)) scripts.push(body)
  }
  const styles = [...html.matchAll(STYLE)].map((m) => m[1] ?? '')
  return { scripts, styles }
}
