import { NotFoundContent, notFoundMetadata } from '@/components/site/not-found-content'
import { SiteChrome } from '@/components/site/site-chrome'

export const metadata = notFoundMetadata

/**
 * A URL outside every route: the root layout has no chrome of its own, so this page brings it. Every page's RSC
 * payload carries this element (the root's not-found boundary); app/(site)/not-found.tsx keeps the site's
 * pages from carrying a second copy of the whole header and footer for their own boundary.
 */
export default function NotFound() {
  return (
    <SiteChrome>
      <NotFoundContent />
    </SiteChrome>
  )
}
