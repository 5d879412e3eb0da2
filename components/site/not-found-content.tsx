import type { Metadata } from 'next'
import { Link } from '@/components/ui/link.client'
import { buttonVariants } from '@/components/ui/button-class'
import { getDictionary } from '@/lib/i18n'

const t = getDictionary()

export const notFoundMetadata: Metadata = { title: t.notFound.title, robots: { index: false } }

/** The 404 message and its way out, without the site's chrome (see app/not-found.tsx). */
export function NotFoundContent() {
  return (
    <div className="max-w-2xl space-y-4 py-8">
      <p className="text-sm font-semibold tracking-wide text-muted uppercase">404</p>
      <h1 className="text-3xl font-bold tracking-tight text-text sm:text-4xl">{t.notFound.title}</h1>
      <p className="text-lg text-muted">{t.notFound.text}</p>
      <div className="flex flex-wrap gap-3 pt-2">
        <Link href="/" className={buttonVariants({ variant: 'primary', size: 'lg' })}>
          {t.notFound.home}
        </Link>
        <Link href="/learn" className={buttonVariants({ variant: 'secondary', size: 'lg' })}>
          {t.notFound.learn}
        </Link>
      </div>
    </div>
  )
}
