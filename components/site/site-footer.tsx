import { Link } from '@/components/ui/link.client'
import { FEED_PATHS } from '@/lib/feeds/build-feed'
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
            {[
              { href: '/learn', label: t.nav.learn },
              { href: '/calculator', label: t.nav.calculator },
              { href: '/walkthrough', label: t.nav.walkthrough },
              { href: '/glossary', label: t.nav.glossary },
              { href: '/embed', label: t.footer.embed },
              { href: '/about', label: t.footer.about },
              { href: '/about#corrections', label: t.footer.corrections },
            ].map((link) => (
              <li key={link.href}>
                <Link
                  href={link.href}
                  className="text-text underline decoration-line-strong hover:decoration-accent"
                >
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
          <p className="mt-4">
            {t.feeds.footerLabel}{' '}
            {[
              { href: FEED_PATHS.rss, label: t.feeds.rss },
              { href: FEED_PATHS.atom, label: t.feeds.atom },
              { href: FEED_PATHS.json, label: t.feeds.json },
            ].map((feed, i) => (
              <span key={feed.href}>
                {i > 0 ? ' · ' : ''}
                <a
                  href={feed.href}
                  className="text-text underline decoration-line-strong hover:decoration-accent"
                >
                  {feed.label}
                </a>
              </span>
            ))}
          </p>
        </nav>
        <p className="md:col-span-2">{t.footer.copyright(2026)}</p>
      </div>
    </footer>
  )
}
