/** What a reader has done so far in one quiz. */
export type QuizProgress = {
  total: number
  /** Questions with at least one answer. */
  answered: number
  /** Questions whose first answer was the correct one. */
  correctFirstTry: number
  /** Every question answered: the score can be shown. */
  complete: boolean
}

/**
 * Scores a quiz on first answers: a reader may go on to try the other choices (each shows its explanation), but
 * only the first choice for each question counts. `firstAnswers[i]` is the index of the first choice picked for
 * question `i` (undefined while unanswered); `correctChoices[i]` is the index of its correct choice.
 */
export function scoreQuiz(
  firstAnswers: readonly (number | undefined)[],
  correctChoices: readonly number[],
): QuizProgress {
  const total = correctChoices.length
  let answered = 0
  let correctFirstTry = 0
  for (const [i, correct] of correctChoices.entries()) {
    const first = firstAnswers[i]
    if (first === undefined) continue
    answered++
    if (first === correct) correctFirstTry++
  }
  return { total, answered, correctFirstTry, complete: total > 0 && answered === total }
}

/** Records a choice: the first answer to a question is kept, later ones do not replace it. */
export function recordFirstAnswer(
  firstAnswers: readonly (number | undefined)[],
  question: number,
  choice: number,
): (number | undefined)[] {
  const next = [...firstAnswers]
  if (next[question] === undefined) next[question] = choice
  return next
}
