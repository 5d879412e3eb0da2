import { getDictionary } from '@/lib/i18n'
import { ForgetProgress } from './forget-progress.client'
import { ProgressTick } from './progress.client'

export { QuizRecorder, ReadMarker } from './progress.client'

/**
 * The reader's own progress, kept in their browser only (lib/progress). These render nothing on the server
 * and nothing when storage is unavailable: pages look exactly as they do without them.
 *
 * <ArticleProgress slug={a.slug} title={a.frontmatter.title} />   ticks beside a link to an article
 * <ProgressSummary total={14} />                                  "read N of M" and "forget my progress"
 */
export function ArticleProgress({ slug, title }: { slug: string; title: string }) {
  return <ProgressTick slug={slug} title={title} labels={getDictionary().progress.tick} />
}

export function ProgressSummary({ total }: { total: number }) {
  const { tick: _tick, ...labels } = getDictionary().progress
  return <ForgetProgress total={total} labels={labels} />
}
