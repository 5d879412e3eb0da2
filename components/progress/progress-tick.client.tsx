'use client'

import { quizScore } from '@/lib/progress/store'
import { useProgress } from './progress-store'

/** Plain strings (functions cannot cross into client components); `{title}`, `{right}`, `{total}` filled here. */
export type TickLabels = { read: string; readLabel: string; quiz: string; quizLabel: string }

export const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => String(values[key] ?? whole))

/** "✓ Read" and the quiz score beside an article's link, once the reader has them. Nothing otherwise. */
export type ProgressTickProps = { slug: string; title: string; labels: TickLabels }

export function ProgressTick({ slug, title, labels }: ProgressTickProps) {
  const progress = useProgress()
  const read = progress.read.includes(slug)
  const score = quizScore(progress.quizzes[slug])
  if (!read && !score) return null
  return (
    <span className="inline-flex flex-wrap items-center gap-1.5 text-xs font-semibold">
      {read ? (
        <span className="inline-flex items-center gap-1 rounded-full bg-accent-soft px-2 py-0.5 text-accent-strong">
          <span aria-hidden="true">✓ {labels.read}</span>
          <span className="sr-only">{fill(labels.readLabel, { title })}</span>
        </span>
      ) : null}
      {score ? (
        <span className="rounded-full border border-line px-2 py-0.5 text-muted">
          <span aria-hidden="true">{fill(labels.quiz, score)}</span>
          <span className="sr-only">{fill(labels.quizLabel, score)}</span>
        </span>
      ) : null}
    </span>
  )
}
