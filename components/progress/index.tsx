import { getDictionary } from '@/lib/i18n'
import { ProgressTick } from './progress-tick.client'

/**
 * Ticks beside a link to an article, from the reader's own progress (kept in their browser only, see
 * lib/progress). Renders nothing on the server and nothing when storage is unavailable: pages look exactly
 * as they do without it. The other pieces are imported from their own files, so a page bundles only what it
 * uses: `ReadMarker` (progress.client.tsx), `QuizRecorder` (quiz-recorder.client.tsx), `ProgressSummary`
 * (progress-summary.tsx).
 * `ArticleProgressWhenReached` (when-reached.tsx, its own file so that articles do not bundle this one) is the
 * same tick whose code, and the store's, loads when the reader nears it: for the links at the end of an article.
 *
 * <ArticleProgress slug={a.slug} title={a.frontmatter.title} />
 */
export function ArticleProgress({ slug, title }: { slug: string; title: string }) {
  return <ProgressTick slug={slug} title={title} labels={getDictionary().progress.tick} />
}
