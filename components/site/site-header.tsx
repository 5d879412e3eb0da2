import { Link } from '@/components/ui/link.client'
import { SearchLauncher } from '@/components/search'
import { getDictionary } from '@/lib/i18n'
import { NavLinks } from './nav-links.client'
import { ThemeToggle } from './theme-toggle.client'

export function SiteHeader() {
  const t = getDictionary()
  const links = [
    { href: '/learn', label: t.nav.learn },
    { href: '/calculator', label: t.nav.calculator },
    { href: '/walkthrough', label: t.nav.walkthrough },
    { href: '/glossary', label: t.nav.glossary },
  ]
  return (
    <header className="border-b border-line bg-surface" data-print="hide">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-1 px-4 py-2 sm:px-6">
        <Link
          href="/"
          className="flex items-center gap-2 py-2 font-semibold tracking-tight text-text no-underline"
        >
          <svg aria-hidden="true" viewBox="0 0 32 32" className="size-7">
            <rect width="32" height="32" rx="8" className="fill-accent" />
            <path
              d="M9 20.5 16 24l7-3.5M9 16l7 3.5 7-3.5M16 8l7 3.5-7 3.5-7-3.5z"
              fill="none"
              stroke="var(--c-on-accent)"
              strokeWidth="2"
              strokeLinejoin="round"
            />
          </svg>
          <span>{t.site.name}</span>
        </Link>
        <div className="order-last flex w-full items-center sm:order-none sm:w-auto">
          <nav aria-label={t.nav.label}>
            <NavLinks links={links} />
          </nav>
        </div>
        <div className="flex items-center gap-2">
          <SearchLauncher />
          <ThemeToggle labels={t.theme} />
        </div>
      </div>
    </header>
  )
}
