'use client'

import { useId, useState } from 'react'

export type QuizQuestionData = {
  prompt: string
  choices: { text: string; correct: boolean; explanation: string }[]
}

type QuizQuestionProps = {
  question: QuizQuestionData
  /** Strings only: functions cannot cross into a client component. */
  labels: { heading: string; reveal: string; correct: string; incorrect: string; answerIs: string }
}

/**
 * One question as a radio group. With JavaScript, choosing an answer shows (and announces) whether it is
 * right and why; without it, the "show the answer" disclosure reveals the answer and every explanation.
 */
export function QuizQuestion({ question, labels }: QuizQuestionProps) {
  const name = useId()
  const [chosen, setChosen] = useState<number | undefined>(undefined)
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
              onChange={() => setChosen(i)}
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
