'use client'

type GlossaryJsonLdModule = { glossaryJsonLdScript: () => string }

/**
 * Serialised on the server only: required synchronously behind `typeof window`, which the bundler replaces, so
 * the browser bundle never contains the glossary or this require.
 */
const serverScript: (() => string) | null =
  typeof window === 'undefined'
    ? // eslint-disable-next-line @typescript-eslint/no-require-imports -- a synchronous, server-only load (see above)
      (require('./glossary-json-ld-script') as GlossaryJsonLdModule).glossaryJsonLdScript
    : null

/**
 * The glossary's schema.org DefinedTermSet, in the prerendered HTML only. Rendered by a server component, the
 * script's text (every definition, about 50 KB) would also travel in the page's inline RSC payload, escaped a
 * second time, for a browser that never reads it. Here the server renders the script, and the browser keeps
 * the server's text when it hydrates (React leaves `dangerouslySetInnerHTML` alone while hydrating); after a
 * client-side navigation the element is empty, which search engines, reading the HTML, never see.
 */
export function GlossaryJsonLd() {
  return (
    <script
      type="application/ld+json"
      suppressHydrationWarning
      dangerouslySetInnerHTML={{ __html: serverScript?.() ?? '' }}
    />
  )
}
