'use client'

import Link from 'next/link'
import { useEffect } from 'react'
import { getErrorStrings } from '@/lib/i18n/errors'

type ErrorPageProps = { error: Error & { digest?: string }; reset: () => void }

/** Shown inside the site's header and footer when a page fails to render. */
export default function ErrorPage({ error, reset }: ErrorPageProps) {
  const t = getErrorStrings()
  useEffect(() => {
    console.error(error)
  }, [error])
  return (
    <div className="max-w-2xl space-y-4 py-8">
      <h1 className="text-3xl font-bold tracking-tight text-text">{t.title}</h1>
      <p className="text-lg text-muted">{t.text}</p>
      {error.digest ? (
        <p className="text-sm text-muted">
          {t.reference} {error.digest}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-3 pt-2">
        <button
          type="button"
          onClick={reset}
          className="rounded-md bg-accent px-5 py-3 font-semibold text-on-accent hover:bg-accent-strong"
        >
          {t.retry}
        </button>
        <Link
          href="/"
          className="rounded-md border border-line-strong px-5 py-3 font-semibold text-text no-underline hover:bg-sunken"
        >
          {t.home}
        </Link>
      </div>
    </div>
  )
}
