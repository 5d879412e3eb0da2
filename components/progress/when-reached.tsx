import { ProgressTickWhenReached } from '@/components/islands/article-islands.client'
import { getDictionary } from '@/lib/i18n'

/** `ArticleProgress` for the end of an article: its code loads when the reader nears it (see deferredIsland). */
export function ArticleProgressWhenReached({ slug, title }: { slug: string; title: string }) {
  return <ProgressTickWhenReached slug={slug} title={title} labels={getDictionary().progress.tick} />
}
