'use client'

import type { ReactNode } from 'react'
import { withStore } from './progress.client'

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
        const right = Number(input.value) === correct[question]
        withStore((store) => store.recordAnswer(slug, question, right, correct.length))
      }}
    >
      {children}
    </div>
  )
}
