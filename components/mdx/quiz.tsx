import { Children, isValidElement, type ReactElement, type ReactNode } from 'react'
import { getDictionary } from '@/lib/i18n'
import type { QuizLabels, QuizQuestionData } from './quiz.client'
import { QuizLoader } from '@/components/islands/article-islands.client'

export type QuestionProps = { prompt: string; children: ReactNode }
export type ChoiceProps = { correct?: boolean; explanation: string; children: ReactNode }

/** Carries one question's data for <Quiz>, which renders it (on its own it renders nothing). */
export function Question(_props: QuestionProps) {
  return null
}

/** Carries one answer's data for <Question> (on its own it renders nothing). */
export function Choice(_props: ChoiceProps) {
  return null
}

function collect<P>(node: ReactNode, type: (props: P) => unknown): ReactElement<P>[] {
  const found: ReactElement<P>[] = []
  Children.forEach(node, (child) => {
    if (!isValidElement<{ children?: ReactNode }>(child)) return
    if (child.type === type) found.push(child as unknown as ReactElement<P>)
    else found.push(...collect(child.props.children, type))
  })
  return found
}

function textOf(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node)
  if (Array.isArray(node)) return node.map(textOf).join('')
  if (isValidElement<{ children?: ReactNode }>(node)) return textOf(node.props.children)
  return ''
}

/**
 * The self-check at the end of an article, with the reader's score (first answers) once every question is answered:
 *
 * <Quiz>
 *   <Question prompt="…">
 *     <Choice correct explanation="…">Right answer</Choice>
 *     <Choice explanation="…">Wrong answer</Choice>
 *   </Question>
 * </Quiz>
 */
export function Quiz({ children }: { children: ReactNode }) {
  const t = getDictionary()
  const questions: QuizQuestionData[] = collect<QuestionProps>(children, Question).map((q) => ({
    prompt: q.props.prompt,
    choices: collect<ChoiceProps>(q.props.children, Choice).map((c) => ({
      text: textOf(c.props.children).trim(),
      correct: c.props.correct === true,
      explanation: c.props.explanation,
    })),
  }))
  const total = questions.length
  const labels: QuizLabels = {
    questions: questions.map((_, i) => ({
      heading: t.quiz.question(i + 1, total),
      reveal: t.quiz.reveal,
      correct: t.quiz.correct,
      incorrect: t.quiz.incorrect,
      answerIs: t.quiz.answerIs,
    })),
    scoreTitle: t.quiz.scoreTitle,
    progress: Array.from({ length: total + 1 }, (_, n) => t.quiz.progress(n, total)),
    score: Array.from({ length: total + 1 }, (_, n) => t.quiz.score(n, total)),
    restart: t.quiz.restart,
  }
  return (
    <QuizLoader
      correct={questions.map((q) => q.choices.findIndex((c) => c.correct))}
      questions={questions}
      labels={labels}
    />
  )
}
