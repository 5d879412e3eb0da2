'use client'

import { useEffect, useRef, type ReactNode } from 'react'
import { quizScore } from '@/lib/progress/store'
import { progressStore, useProgress } from './progress-store'

/** Plain strings (functions cannot cross into client components); `{title}`, `{right}`, `{total}` filled here. */
export type TickLabels = { read: string; readLabel: string; quiz: string; quizLabel: string }

export const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => String(values[key] ?? whole))

/** "✓ Read" and the quiz score beside an article's link, once the reader has them. Nothing otherwise. */
export function ProgressTick({ slug, title, labels }: { slug: string; title: string; labels: TickLabels }) {
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

/** An invisible marker at the end of an article: the article counts as read once it is in view or scrolled past. */
export function ReadMarker({ slug }: { slug: string }) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const marker = ref.current
    if (!marker || typeof IntersectionObserver === 'undefined') return
    // The root reaches far above the viewport, so the marker counts once it is in view or has been passed: a
    // jump to the end of the page (a link, End, the table of contents) skips over a 1 px marker between frames.
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          progressStore.markRead(slug)
          observer.disconnect()
        }
      },
      { rootMargin: '1000000px 0px 0px 0px' },
    )
    observer.observe(marker)
    return () => observer.disconnect()
  }, [slug])
  return <div ref={ref} aria-hidden="true" className="h-px" />
}

/**
 * Wraps a quiz and records the first answer to each question (right or not) for the article's score. It only
 * listens to the quiz's radio buttons; the quiz works the same without it.
 */
export function QuizRecorder({ correct, children }: { correct: number[]; children: ReactNode }) {
  return (
    <div
      className="not-prose my-6 space-y-4"
      onChange={(event) => {
        const input = event.target
        if (!(input instanceof HTMLInputElement) || input.type !== 'radio') return
        const questions = [...event.currentTarget.querySelectorAll('fieldset')]
        const question = questions.indexOf(input.closest('fieldset') as HTMLFieldSetElement)
        if (question < 0) return
        const slug = window.location.pathname.split('/').at(-1) ?? ''
        progressStore.recordAnswer(slug, question, Number(input.value) === correct[question], correct.length)
      }}
    >
      {children}
    </div>
  )
}
