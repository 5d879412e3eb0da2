'use client'

import { QuizRecorder } from '@/components/progress/quiz-recorder.client'
import { QuizClient, type QuizClientProps } from './quiz.client'

export type QuizIslandProps = QuizClientProps & {
  /** Index of the right choice of each question, for the reader's progress. */
  correct: number[]
}

/** The quiz and the listener that records its first answers: one island, loaded when reached (see QuizLoader). */
export function QuizIsland({ correct, ...quiz }: QuizIslandProps) {
  return (
    <QuizRecorder correct={correct}>
      <QuizClient {...quiz} />
    </QuizRecorder>
  )
}
