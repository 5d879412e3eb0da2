'use client'

import { useId, useRef, useState, useSyncExternalStore } from 'react'
import { Button } from '@/components/ui/button'
import { recordFirstAnswer, scoreQuiz } from '@/lib/quiz/score'

export type QuizQuestionData = {
  prompt: string
  choices: { text: string; correct: boolean; explanation: string }[]
}

type QuestionLabels = {
  heading: string
  reveal: string
  correct: string
  incorrect: string
  answerIs: string
}

/** Strings only: functions cannot cross into a client component, so counts are looked up by index. */
export type QuizLabels = {
  questions: QuestionLabels[]
  scoreTitle: string
  /** `progress[n]`: the line shown after n answers. */
  progress: string[]
  /** `score[n]`: the result with n right on the first try. */
  score: string[]
  restart: string
}

const noSubscription = () => () => {}

export type QuizClientProps = { questions: QuizQuestionData[]; labels: QuizLabels }

/**
 * The quiz island: every question, then the score. Only the first answer to each question counts; readers can
 * still try the other choices to read their explanations. The score shows once JavaScript runs (without it, each
 * question's disclosure reveals the answer), is announced when the last question is answered, and can be reset.
 */
export function QuizClient({ questions, labels }: QuizClientProps) {
  const [chosen, setChosen] = useState<(number | undefined)[]>(() => questions.map(() => undefined))
  const [first, setFirst] = useState<(number | undefined)[]>(() => questions.map(() => undefined))
  // True once hydrated in the browser, false while prerendering: the score needs JavaScript.
  const interactive = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  )
  const firstQuestion = useRef<HTMLDivElement>(null)
  const scoreId = useId()

  const progress = scoreQuiz(
    first,
    questions.map((q) => q.choices.findIndex((c) => c.correct)),
  )
  const choose = (question: number, choice: number) => {
    setChosen((prev) => prev.map((c, i) => (i === question ? choice : c)))
    setFirst((prev) => recordFirstAnswer(prev, question, choice))
  }
  const restart = () => {
    setChosen(questions.map(() => undefined))
    setFirst(questions.map(() => undefined))
    firstQuestion.current?.querySelector<HTMLInputElement>('input[type="radio"]')?.focus()
  }

  return (
    <div className="not-prose render-when-near my-6 space-y-4 [--near-height:100rem]">
      {questions.map((q, i) => (
        <div key={q.prompt} ref={i === 0 ? firstQuestion : undefined}>
          <QuizQuestion
            question={q}
            labels={labels.questions[i]!}
            chosen={chosen[i]}
            onChoose={(choice) => choose(i, choice)}
          />
        </div>
      ))}
      {interactive ? (
        <section aria-labelledby={scoreId} className="rounded-lg border border-line bg-sunken p-4 sm:p-5">
          <h3 id={scoreId} className="font-semibold text-text">
            {labels.scoreTitle}
          </h3>
          {progress.complete ? null : (
            <p className="mt-1 text-sm text-muted">{labels.progress[progress.answered]}</p>
          )}
          <p role="status" className="text-text not-empty:mt-1">
            {progress.complete ? labels.score[progress.correctFirstTry] : ''}
          </p>
          {progress.answered > 0 ? (
            <Button className="mt-3" onClick={restart}>
              {labels.restart}
            </Button>
          ) : null}
        </section>
      ) : null}
    </div>
  )
}

type QuizQuestionProps = {
  question: QuizQuestionData
  labels: QuestionLabels
  /** Index of the choice currently selected, if any. */
  chosen: number | undefined
  onChoose: (choice: number) => void
}

/**
 * One question as a radio group. With JavaScript, choosing an answer shows (and announces) whether it is
 * right and why; without it, the "show the answer" disclosure reveals the answer and every explanation.
 */
function QuizQuestion({ question, labels, chosen, onChoose }: QuizQuestionProps) {
  const name = useId()
  const choice = chosen === undefined ? undefined : question.choices[chosen]
  const answer = question.choices.find((c) => c.correct)
  return (
    <fieldset className="rounded-lg border border-line bg-surface p-4 sm:p-5">
      <legend className="sr-only">
        {labels.heading}: {question.prompt}
      </legend>
      <p aria-hidden="true" className="text-xs font-semibold tracking-wide text-muted uppercase">
        {labels.heading}
      </p>
      <p aria-hidden="true" className="mt-1 font-semibold text-text">
        {question.prompt}
      </p>
      <div className="mt-3 space-y-2">
        {question.choices.map((c, i) => (
          <label
            key={c.text}
            className="flex cursor-pointer items-start gap-3 rounded-md border border-line px-3 py-2 text-text hover:border-line-strong has-[:checked]:border-accent has-[:checked]:bg-accent-soft"
          >
            <input
              type="radio"
              name={name}
              value={i}
              checked={chosen === i}
              onChange={() => onChoose(i)}
              className="mt-1 size-4 shrink-0 accent-[var(--c-accent)]"
            />
            <span>{c.text}</span>
          </label>
        ))}
      </div>
      <p aria-live="polite" className="mt-3 text-sm empty:hidden">
        {choice ? (
          <>
            <strong className={choice.correct ? 'text-tip' : 'text-risk'}>
              {choice.correct ? labels.correct : labels.incorrect}
            </strong>{' '}
            <span className="text-text">{choice.explanation}</span>
          </>
        ) : null}
      </p>
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer font-medium text-accent-strong underline">{labels.reveal}</summary>
        <p className="mt-2 text-text">
          <strong>{labels.answerIs}</strong> {answer?.text}
        </p>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-muted">
          {question.choices.map((c) => (
            <li key={c.text}>
              <span className="font-medium text-text">{c.text}</span>: {c.explanation}
            </li>
          ))}
        </ul>
      </details>
    </fieldset>
  )
}
