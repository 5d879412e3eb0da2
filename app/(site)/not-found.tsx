import { NotFoundContent, notFoundMetadata } from '@/components/site/not-found-content'

export const metadata = notFoundMetadata

/** A missing page under the site's layout (an unknown article, say): the layout already draws the chrome. */
export default function SiteNotFound() {
  return <NotFoundContent />
}
