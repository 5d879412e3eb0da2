'use client'

import { getErrorStrings } from '@/lib/i18n/errors'
import './globals.css'

type GlobalErrorProps = { error: Error & { digest?: string }; reset: () => void }

/** Last resort when even the root layout fails: a self-contained page in the site's style. */
export default function GlobalError({ error, reset }: GlobalErrorProps) {
  const t = getErrorStrings()
  return (
    <html lang="en">
      <body className="flex min-h-dvh items-center justify-center bg-bg p-6 font-sans text-text">
        <main className="max-w-xl space-y-4">
          <p className="font-semibold">{t.siteName}</p>
          <h1 className="text-3xl font-bold tracking-tight">{t.title}</h1>
          <p className="text-lg text-muted">{t.text}</p>
          {error.digest ? (
            <p className="text-sm text-muted">
              {t.reference} {error.digest}
            </p>
          ) : null}
          <div className="flex flex-wrap gap-3">
            <button
              type="button"
              onClick={reset}
              className="rounded-md bg-accent px-5 py-3 font-semibold text-on-accent"
            >
              {t.retry}
            </button>
            {/* A full reload on purpose: the client router may be what failed. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a
              href="/"
              className="rounded-md border border-line-strong px-5 py-3 font-semibold text-text no-underline"
            >
              {t.home}
            </a>
          </div>
        </main>
      </body>
    </html>
  )
}
