'use client'

import { ErrorMessage } from '@/components/site/error-message'
import { getErrorStrings } from '@/lib/i18n/errors'
import './globals.css'

type GlobalErrorProps = { error: Error & { digest?: string }; reset: () => void }

/** Last resort when even the root layout fails: a self-contained page in the site's style. */
export default function GlobalError({ error, reset }: GlobalErrorProps) {
  const t = getErrorStrings()
  return (
    <html lang="en">
      <body className="flex min-h-dvh items-center justify-center bg-bg p-6 font-sans text-text">
        <main>
          <p className="font-semibold">{t.siteName}</p>
          <ErrorMessage
            strings={t}
            digest={error.digest}
            onRetry={reset}
            homeLink={(className, label) => (
              // A full reload on purpose: the client router may be what failed.
              // eslint-disable-next-line @next/next/no-html-link-for-pages
              <a href="/" className={className}>
                {label}
              </a>
            )}
          />
        </main>
      </body>
    </html>
  )
}
