import { getArticles } from '@/lib/content'
import { siteFeed } from '@/lib/feeds'

export const dynamic = 'force-static'

/** JSON Feed of every article. */
export function GET() {
  return new Response(siteFeed(getArticles()).json1(), {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  })
}
