'use client'

import { Link } from '@/components/ui/link.client'
import { usePathname } from 'next/navigation'

type NavLinksProps = {
  links: { href: string; label: string }[]
}

/** The main navigation; marks the section the reader is in with aria-current. */
export function NavLinks({ links }: NavLinksProps) {
  const pathname = usePathname()
  return (
    <ul className="flex flex-wrap items-center gap-x-0.5 gap-y-1 sm:gap-x-1">
      {links.map(({ href, label }) => {
        const current = pathname === href || pathname.startsWith(`${href}/`)
        return (
          <li key={href}>
            <Link
              href={href}
              aria-current={current ? 'page' : undefined}
              className="block rounded-md px-2 py-2 text-sm font-medium text-muted no-underline hover:bg-sunken hover:text-text aria-[current=page]:text-text aria-[current=page]:underline aria-[current=page]:decoration-accent aria-[current=page]:decoration-2 aria-[current=page]:underline-offset-8 sm:px-2.5 sm:text-[0.95rem]"
            >
              {label}
            </Link>
          </li>
        )
      })}
    </ul>
  )
}
