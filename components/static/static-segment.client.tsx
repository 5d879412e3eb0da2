'use client'

import { useRouter } from 'next/navigation'
import { use, useEffect } from 'react'
import type { FocusEvent, MouseEvent, PointerEvent, TouchEvent } from 'react'
import {
  knownSegment,
  openAsDocument,
  prefetchStaticSegments,
  rememberPage,
  segmentReady,
  SEGMENT_ATTRIBUTE,
} from './static-segments-store'

/** An internal link inside a part that the router should open, or null to let the browser follow it. */
function routedLink(target: EventTarget | null): string | null {
  const anchor = target instanceof Element ? target.closest('a') : null
  const href = anchor?.getAttribute('href')
  if (!anchor || !href || anchor.target || anchor.hasAttribute('download')) return null
  if (!href.startsWith('/') || href.startsWith('//')) return null
  return href
}

export type StaticSegmentProps = {
  id: string
  className: string
  /** The article's path, where the part's HTML is when this tab has not seen it. */
  page: string
}

/**
 * A static part of a prerendered article (components/static/static-part.tsx; the prose's segments come from
 * lib/mdx/rehype-static-segments.mjs): server-rendered HTML that React keeps as it finds it. The page's HTML
 * carries it (spliced in after the build by scripts/static-segments.ts); the RSC payload only this component and
 * its id, so the content is not sent twice. An element with `dangerouslySetInnerHTML` is not hydrated further,
 * and the HTML passed is the HTML already in place.
 *
 * When the router opens the article from another page, the part suspends until the article's HTML has been
 * fetched (`use`): a navigation is a transition, so the previous page stays on screen until the whole article
 * can show, headings and all (a `#fragment` still finds its heading). If that fetch fails, or the HTML lacks the
 * part (a new deploy in between), the article loads as a document instead, as Next.js does when a page's data
 * cannot be fetched.
 *
 * Links inside behave like the site's `Link`: internal ones open through the router, fetched ahead when the
 * reader points at, focuses or touches them.
 */
export function StaticSegment({ id, className, page }: StaticSegmentProps) {
  const router = useRouter()
  const inBrowser = typeof document !== 'undefined'
  // In the browser `use` runs on every render, not only while the part is missing: React replays a component
  // that suspended in `use` once its promise settles, and a replay that skipped `use` would run the hooks below
  // against an empty hook list (React error #467, seen now and then on a client-side navigation).
  const loaded = inBrowser ? use(segmentReady(id, page)) : true
  const html = inBrowser ? (loaded ? knownSegment(id) : undefined) : ''
  if (html !== undefined && inBrowser) rememberPage(page)
  useEffect(() => {
    if (html === undefined) openAsDocument(page)
  }, [html, page])
  const prefetch = (event: PointerEvent | FocusEvent | TouchEvent) => {
    const href = routedLink(event.target)
    if (href === null) return
    const path = href.split('#')[0] || href
    router.prefetch(path)
    prefetchStaticSegments(path)
  }
  const follow = (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0) return
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
    const href = routedLink(event.target)
    if (href === null) return
    event.preventDefault()
    router.push(href)
  }
  if (html === undefined)
    return <div {...{ [SEGMENT_ATTRIBUTE]: id }} className={className} aria-busy="true" />
  return (
    <div
      {...{ [SEGMENT_ATTRIBUTE]: id }}
      className={className}
      onClick={follow}
      onPointerOver={prefetch}
      onFocus={prefetch}
      onTouchStart={prefetch}
      suppressHydrationWarning
      dangerouslySetInnerHTML={{ __html: html }}
    />
  )
}
