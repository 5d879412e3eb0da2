import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { recordFirstAnswer, scoreQuiz } from './score'

describe('scoreQuiz', () => {
  it.each([
    [
      'nothing answered yet',
      [undefined, undefined, undefined],
      [0, 1, 2],
      { answered: 0, correctFirstTry: 0, complete: false },
    ],
    [
      'some answered, one right',
      [0, undefined, 0],
      [0, 1, 2],
      { answered: 2, correctFirstTry: 1, complete: false },
    ],
    ['all answered, all right', [1, 0, 2], [1, 0, 2], { answered: 3, correctFirstTry: 3, complete: true }],
    ['all answered, none right', [0, 1, 0], [1, 0, 2], { answered: 3, correctFirstTry: 0, complete: true }],
    [
      'a first choice of index 0 counts as an answer',
      [0],
      [1],
      { answered: 1, correctFirstTry: 0, complete: true },
    ],
  ])('%s', (_name, first, correct, expected) => {
    expect(scoreQuiz(first, correct)).toEqual({ total: correct.length, ...expected })
  })

  it('is never complete without questions', () => {
    expect(scoreQuiz([], [])).toEqual({ total: 0, answered: 0, correctFirstTry: 0, complete: false })
  })

  it('keeps 0 ≤ right ≤ answered ≤ total, complete exactly when all are answered (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ correct: fc.nat(4), first: fc.option(fc.nat(4), { nil: undefined }) }), {
          maxLength: 8,
        }),
        (qs) => {
          const p = scoreQuiz(
            qs.map((q) => q.first),
            qs.map((q) => q.correct),
          )
          expect(p.correctFirstTry).toBeGreaterThanOrEqual(0)
          expect(p.correctFirstTry).toBeLessThanOrEqual(p.answered)
          expect(p.answered).toBeLessThanOrEqual(p.total)
          expect(p.complete).toBe(qs.length > 0 && qs.every((q) => q.first !== undefined))
        },
      ),
    )
  })
})

describe('recordFirstAnswer', () => {
  it('keeps the first choice and ignores later ones', () => {
    const once = recordFirstAnswer([undefined, undefined], 1, 2)
    expect(once).toEqual([undefined, 2])
    expect(recordFirstAnswer(once, 1, 0)).toEqual([undefined, 2])
  })

  it('does not change the array it was given', () => {
    const before = [undefined, undefined]
    recordFirstAnswer(before, 0, 1)
    expect(before).toEqual([undefined, undefined])
  })
})
