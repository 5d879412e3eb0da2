'use client'

import { Link } from '@/components/ui/link.client'
import { useEffect } from 'react'
import { ErrorMessage } from '@/components/site/error-message'
import { getErrorStrings } from '@/lib/i18n/errors'

type ErrorPageProps = { error: Error & { digest?: string }; reset: () => void }

/** Shown inside the site's header and footer when a page fails to render. */
export default function ErrorPage({ error, reset }: ErrorPageProps) {
  useEffect(() => {
    console.error(error)
  }, [error])
  return (
    <ErrorMessage
      strings={getErrorStrings()}
      digest={error.digest}
      onRetry={reset}
      homeLink={(className, label) => (
        <Link href="/" className={className}>
          {label}
        </Link>
      )}
    />
  )
}
