import { cn } from '@/components/ui/cn'
import type { Article } from '@/lib/content/loader'
import { getDictionary } from '@/lib/i18n'
import { DifficultyBadge } from './difficulty-badge'

type ArticleMetaProps = { article: Article; className?: string }

/** Difficulty and reading time, as shown wherever an article is listed. */
export function ArticleMeta({ article, className = '' }: ArticleMetaProps) {
  const t = getDictionary()
  return (
    <span className={cn('flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-muted', className)}>
      <DifficultyBadge difficulty={article.frontmatter.difficulty} />
      <span>{t.article.readingTime(article.readingMinutes)}</span>
    </span>
  )
}
