import { getArticles } from '@/lib/content'
import { siteFeed } from '@/lib/feeds'

export const dynamic = 'force-static'

/** RSS 2.0 feed of every article. */
export function GET() {
  return new Response(siteFeed(getArticles()).rss2(), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  })
}
