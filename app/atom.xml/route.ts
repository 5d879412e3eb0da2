import { getArticles } from '@/lib/content'
import { siteFeed } from '@/lib/feeds'

export const dynamic = 'force-static'

/** Atom feed of every article. */
export function GET() {
  return new Response(siteFeed(getArticles()).atom1(), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  })
}
