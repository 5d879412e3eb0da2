import { Link } from '@/components/ui/link.client'
import { getDictionary } from '@/lib/i18n'
import { SearchButton } from './search-button.client'
import { SearchIcon } from './search-icon'

/**
 * Search in the header. With JavaScript: a button (and "/", Ctrl/⌘-K) opening the search dialog, which loads
 * with Pagefind on first use. Without it: a link to /search, which explains what to do.
 */
export function SearchLauncher() {
  const t = getDictionary().search
  return (
    <>
      <Link
        href="/search"
        className="js-hidden inline-flex min-h-10 items-center gap-2 rounded-full border border-line px-3 text-sm font-medium text-text no-underline hover:bg-sunken"
      >
        <SearchIcon />
        {t.open}
      </Link>
      <SearchButton
        labels={t}
        className="js-only inline-flex min-h-10 items-center gap-2 rounded-full border border-line px-3 text-sm font-medium text-text hover:bg-sunken"
      >
        <SearchIcon />
        {t.open}
        <kbd
          aria-hidden="true"
          className="hidden rounded border border-line px-1.5 font-sans text-xs text-muted sm:inline"
        >
          /
        </kbd>
      </SearchButton>
    </>
  )
}
