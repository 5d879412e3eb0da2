/**
 * The reader's progress through the learning path, kept only in their browser (localStorage): which articles
 * they read to the end and how they did in each quiz. No server, cookie or tracking. Every storage call may
 * throw (private windows, storage disabled or full); then the store simply holds nothing, and the site works
 * as if it did not exist.
 */

/** localStorage key. Changing the stored shape needs a new key (old data is then ignored, never misread). */
export const PROGRESS_STORAGE_KEY = 'sfg-progress-v1'

/** First answer to each question of a quiz, by question index: true right, false wrong, null not yet. */
export type QuizAnswers = (boolean | null)[]

export type Progress = {
  /** Slugs of articles read to the end, in the order they were finished. */
  read: string[]
  quizzes: Record<string, QuizAnswers>
}

export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

export const EMPTY_PROGRESS: Progress = Object.freeze({ read: [], quizzes: {} }) as Progress

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/

const isAnswers = (value: unknown): value is QuizAnswers =>
  Array.isArray(value) && value.length > 0 && value.every((a) => a === true || a === false || a === null)

/** Reads stored JSON, keeping only well-formed entries; anything else (tampered, older shape) is dropped. */
export function parseProgress(raw: string | null): Progress {
  try {
    const { read, quizzes } = JSON.parse(raw ?? '{}') as Partial<Record<keyof Progress, unknown>>
    return {
      read: Array.isArray(read) ? read.filter((s): s is string => typeof s === 'string' && SLUG.test(s)) : [],
      quizzes: Object.fromEntries(Object.entries(quizzes ?? {}).filter(([, q]) => isAnswers(q))),
    }
  } catch {
    return EMPTY_PROGRESS // Not JSON, or JSON null.
  }
}

/** A quiz's score once every question has a first answer; undefined before that. */
export function quizScore(answers: QuizAnswers | undefined): { right: number; total: number } | undefined {
  if (!answers || answers.includes(null)) return undefined
  return { right: answers.filter(Boolean).length, total: answers.length }
}

export type ProgressStore = {
  /** The current progress; the same object until it changes (for React's useSyncExternalStore). */
  snapshot: () => Progress
  subscribe: (listener: () => void) => () => void
  markRead: (slug: string) => void
  /** Keeps only the first answer to each question: the score is "right first time". */
  recordAnswer: (slug: string, question: number, correct: boolean, total: number) => void
  clear: () => void
}

export function createProgressStore(getStorage: () => StorageLike | undefined): ProgressStore {
  const listeners = new Set<() => void>()
  let lastRaw: string | null | undefined
  let last: Progress = EMPTY_PROGRESS

  const readRaw = (): string | null => {
    try {
      return getStorage()?.getItem(PROGRESS_STORAGE_KEY) ?? null
    } catch {
      return null
    }
  }
  const snapshot = () => {
    const raw = readRaw()
    if (raw !== lastRaw) {
      lastRaw = raw
      last = parseProgress(raw)
    }
    return last
  }
  const notify = () => listeners.forEach((l) => l())
  const write = (next: Progress) => {
    try {
      const storage = getStorage()
      if (!storage) return
      storage.setItem(PROGRESS_STORAGE_KEY, JSON.stringify(next))
    } catch {
      return // Storage unavailable or full: progress is simply not kept.
    }
    notify()
  }

  return {
    snapshot,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    markRead(slug) {
      const current = snapshot()
      if (!SLUG.test(slug) || current.read.includes(slug)) return
      write({ ...current, read: [...current.read, slug] })
    },
    recordAnswer(slug, question, correct, total) {
      const current = snapshot()
      if (!SLUG.test(slug) || !Number.isInteger(question) || question < 0 || question >= total) return
      const quiz = current.quizzes[slug]
      const answers = quiz?.length === total ? [...quiz] : Array<boolean | null>(total).fill(null)
      if (answers[question] !== null) return
      answers[question] = correct
      write({ ...current, quizzes: { ...current.quizzes, [slug]: answers } })
    },
    clear() {
      try {
        const storage = getStorage()
        if (!storage) return
        storage.removeItem(PROGRESS_STORAGE_KEY)
      } catch {
        return
      }
      notify()
    },
  }
}
