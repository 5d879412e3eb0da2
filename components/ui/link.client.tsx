'use client'

import NextLink from 'next/link'
import { useRouter } from 'next/navigation'
import type { ComponentProps } from 'react'

export type LinkProps = Omit<ComponentProps<typeof NextLink>, 'href' | 'prefetch'> & { href: string }

/**
 * The site's only internal link: `next/link` (client-side navigation) that prefetches the page when the reader
 * reaches for the link (pointer over it, keyboard focus, a finger down), never because it scrolled into view.
 *
 * Why: `next/link` prefetches every link in the viewport. The header alone then fetched and parsed the RSC
 * payloads of five pages on every page view (the glossary's is 267 KB raw), while the page itself was still
 * hydrating on a phone: main-thread work that Lighthouse counts as blocking time, and data the reader never
 * asked for. A link a reader points at still opens from the router cache (issue 13).
 */
export function Link({ href, onPointerEnter, onFocus, onTouchStart, ...props }: LinkProps) {
  const router = useRouter()
  const prefetch = () => {
    const path = href.split('#')[0]
    if (!path?.startsWith('/')) return
    router.prefetch(path)
    // An article's prose is in its HTML, not its RSC payload: fetch that too (components/static/static-segments-store.ts).
    // Fetching ahead is best effort: if the store's code cannot load (offline, a deploy in between), the click
    // still navigates, and the article fetches its HTML then.
    import('@/components/static/static-segments-store')
      .then((store) => store.prefetchStaticSegments(path))
      .catch(() => {})
  }
  return (
    <NextLink
      href={href}
      prefetch={false}
      onPointerEnter={(event) => {
        prefetch()
        onPointerEnter?.(event)
      }}
      onFocus={(event) => {
        prefetch()
        onFocus?.(event)
      }}
      onTouchStart={(event) => {
        prefetch()
        onTouchStart?.(event)
      }}
      {...props}
    />
  )
}
