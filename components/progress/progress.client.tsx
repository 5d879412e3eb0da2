'use client'

import { useEffect, useRef } from 'react'
import type { ProgressStore } from '@/lib/progress/store'

/**
 * The store, loaded when first needed: an article's first load carries only the marker below, not the store
 * (the quiz's recorder and the ticks beside its links load when reached, see components/islands).
 */
export const withStore = (use: (store: ProgressStore) => void) => {
  // Progress is optional: if the chunk cannot load, the page simply records nothing.
  import('./progress-store').then((m) => use(m.progressStore)).catch(() => {})
}

/** An invisible marker at the end of an article: the article counts as read once it is in view or scrolled past. */
export function ReadMarker({ slug }: { slug: string }) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const marker = ref.current
    if (!marker || typeof IntersectionObserver === 'undefined') return
    // The root reaches far above the viewport, so the marker counts once it is in view or has been passed: a
    // jump to the end of the page (a link, End, the table of contents) skips over a 1 px marker between frames.
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          withStore((store) => store.markRead(slug))
          observer.disconnect()
        }
      },
      { rootMargin: '1000000px 0px 0px 0px' },
    )
    observer.observe(marker)
    return () => observer.disconnect()
  }, [slug])
  return <div ref={ref} aria-hidden="true" className="h-px" />
}
