import Link from 'next/link'
import { getDictionary } from '@/lib/i18n'

export function SiteFooter() {
  const t = getDictionary()
  return (
    <footer className="mt-16 border-t border-line bg-surface text-sm text-muted">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-10 sm:px-6 md:grid-cols-[2fr_1fr]">
        <div className="space-y-3">
          <p className="font-semibold text-text">{t.disclaimer.short}</p>
          <p className="max-w-prose">{t.disclaimer.long}</p>
          <p>{t.footer.independence}</p>
        </div>
        <nav aria-label={t.footer.label} data-print="hide">
          <ul className="space-y-2">
            <li>
              <Link
                href="/about"
                className="text-text underline decoration-line-strong hover:decoration-accent"
              >
                {t.footer.editorialPolicy}
              </Link>
            </li>
            <li>
              <Link
                href="/about#corrections"
                className="text-text underline decoration-line-strong hover:decoration-accent"
              >
                {t.footer.corrections}
              </Link>
            </li>
            <li>
              <Link
                href="/learn"
                className="text-text underline decoration-line-strong hover:decoration-accent"
              >
                {t.nav.learn}
              </Link>
            </li>
          </ul>
        </nav>
        <p className="md:col-span-2">{t.footer.copyright(2026)}</p>
      </div>
    </footer>
  )
}
