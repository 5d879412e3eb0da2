import { Link } from '@/components/ui/link.client'
import type { ComponentPropsWithoutRef } from 'react'

/** Internal links navigate client-side; outbound links are plain (no referral, no tracking, no opener). */
export function MdxLink({ href = '', children, ...rest }: ComponentPropsWithoutRef<'a'>) {
  if (href.startsWith('/')) {
    return (
      <Link href={href} {...rest}>
        {children}
      </Link>
    )
  }
  return (
    <a href={href} rel={href.startsWith('http') ? 'noopener' : undefined} {...rest}>
      {children}
    </a>
  )
}
