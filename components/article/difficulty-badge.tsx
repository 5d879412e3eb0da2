import { cn } from '@/components/ui/cn'
import type { Difficulty } from '@/lib/content/sections'
import { getDictionary } from '@/lib/i18n'

const LEVEL: Record<Difficulty, number> = { beginner: 1, intermediate: 2, advanced: 3 }

type DifficultyBadgeProps = { difficulty: Difficulty }

/** Difficulty as text plus a three-bar meter (the text carries the meaning; the bars are decoration). */
export function DifficultyBadge({ difficulty }: DifficultyBadgeProps) {
  const t = getDictionary()
  const level = LEVEL[difficulty]
  return (
    <span className="inline-flex items-center gap-1.5 rounded-full border border-line bg-surface px-2.5 py-0.5 text-xs font-semibold text-text">
      <span aria-hidden="true" className="flex items-end gap-0.5">
        {[1, 2, 3].map((bar) => (
          <span
            key={bar}
            className={cn('w-1 rounded-sm', bar <= level ? 'bg-accent' : 'bg-line')}
            style={{ height: `${4 + bar * 3}px` }}
          />
        ))}
      </span>
      <span className="sr-only">{t.difficulty.label}: </span>
      {t.difficulty[difficulty]}
    </span>
  )
}
