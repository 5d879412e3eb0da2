'use client'

import { getErrorStrings } from '@/lib/i18n/errors'
import './globals.css'

type GlobalErrorProps = { error: Error & { digest?: string }; reset: () => void }

/** Both actions look like links (no button styles: they would pull class helpers into every page). */
const ACTION_CLASS =
  'inline-flex min-h-12 items-center font-semibold text-accent-strong underline hover:text-text'

/**
 * Last resort when even the root layout fails (an island that fails is caught nearer, by IslandBoundary, and keeps
 * the page): a self-contained page in the site's style. Every page loads it, so it imports nothing but its strings.
 * The home link is a plain `<a>` on purpose: a full reload, since the client router may be what failed.
 */
export default function GlobalError({ error, reset }: GlobalErrorProps) {
  const t = getErrorStrings()
  return (
    <html lang="en">
      <body className="flex min-h-dvh items-center justify-center bg-bg p-6 font-sans text-text">
        <main className="max-w-2xl space-y-4 py-8">
          <p className="font-semibold">{t.siteName}</p>
          <h1 className="text-3xl font-bold tracking-tight">{t.title}</h1>
          <p className="text-lg text-muted">{t.text}</p>
          {error.digest ? (
            <p className="text-sm text-muted">
              {t.reference} {error.digest}
            </p>
          ) : null}
          <p className="flex flex-wrap gap-6">
            <button type="button" onClick={reset} className={ACTION_CLASS}>
              {t.retry}
            </button>
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a full reload, see above */}
            <a href="/" className={ACTION_CLASS}>
              {t.home}
            </a>
          </p>
        </main>
      </body>
    </html>
  )
}
