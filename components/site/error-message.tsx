import type { ReactNode } from 'react'
import { buttonVariants } from '@/components/ui/button-class'
import type { enErrors } from '@/lib/i18n/en-errors'

type ErrorMessageProps = {
  strings: typeof enErrors
  digest: string | undefined
  onRetry: () => void
  /** The "home" link: a client-side Link inside the site, a plain <a> (full reload) in global-error. */
  homeLink: (className: string, label: string) => ReactNode
}

/** The body of both error pages: what happened, a reference for reports, retry and home. */
export function ErrorMessage({ strings: t, digest, onRetry, homeLink }: ErrorMessageProps) {
  return (
    <div className="max-w-2xl space-y-4 py-8">
      <h1 className="text-3xl font-bold tracking-tight text-text">{t.title}</h1>
      <p className="text-lg text-muted">{t.text}</p>
      {digest ? (
        <p className="text-sm text-muted">
          {t.reference} {digest}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-3 pt-2">
        <button
          type="button"
          onClick={onRetry}
          className={buttonVariants({ variant: 'primary', size: 'lg' })}
        >
          {t.retry}
        </button>
        {homeLink(buttonVariants({ variant: 'secondary', size: 'lg' }), t.home)}
      </div>
    </div>
  )
}
