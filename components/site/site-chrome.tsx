import { Activity, type ReactNode } from 'react'
import { SiteFooter } from './site-footer'
import { SiteHeader } from './site-header'
import { MAIN_CONTENT_ID, SkipLink } from './skip-link'

/**
 * Skip link, header, main landmark and footer around every page of the site (not the embed).
 *
 * The page sits in an `<Activity>` (visible): a hydration boundary that React hydrates after the rest of the
 * page, at its lowest priority and in slices of a few milliseconds that yield to the browser, instead of in one
 * long task with the header and footer. The reader sees the same HTML throughout; a click or key press inside it
 * before then makes React hydrate it at once and replay the event (issue 13, blocking time). Not a `<Suspense>`:
 * React's server would send a large boundary as a hidden segment that only a script reveals (no JavaScript, no
 * page).
 */
export function SiteChrome({ children }: { children: ReactNode }) {
  return (
    <>
      <SkipLink />
      <SiteHeader />
      <main
        id={MAIN_CONTENT_ID}
        tabIndex={-1}
        className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 outline-none sm:px-6 sm:py-12"
      >
        <Activity>{children}</Activity>
      </main>
      <SiteFooter />
    </>
  )
}
