/**
 * The reader's progress through the learning path, kept only in their browser (localStorage): which articles
 * they read to the end and how they did in each quiz. No server, cookie or tracking. Every storage call may
 * throw (private windows, storage disabled or full); then the store simply holds nothing, and the site works
 * as if it did not exist.
 */

/** localStorage key. Changing the stored shape needs a new key (old data is then ignored, never misread). */
export const PROGRESS_STORAGE_KEY = 'sfg-progress-v1'

export type QuizProgress = {
  /** Number of questions in the quiz. */
  total: number
  /** First answer to each question, by question index: true when it was right. */
  firstAnswers: Record<string, boolean>
}

export type Progress = {
  /** Slugs of articles read to the end, in the order they were finished. */
  read: string[]
  quizzes: Record<string, QuizProgress>
}

export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

export const EMPTY_PROGRESS: Progress = Object.freeze({ read: [], quizzes: {} }) as Progress

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/

function isQuiz(value: unknown): value is QuizProgress {
  const { total, firstAnswers } = (value ?? {}) as Partial<QuizProgress>
  return (
    Number.isInteger(total) &&
    total! > 0 &&
    typeof firstAnswers === 'object' &&
    firstAnswers !== null &&
    Object.entries(firstAnswers).every(
      ([k, v]) => /^\d+$/.test(k) && Number(k) < total! && typeof v === 'boolean',
    )
  )
}

/** Reads stored JSON, keeping only well-formed entries; anything else (tampered, older shape) is dropped. */
export function parseProgress(raw: string | null): Progress {
  if (!raw) return EMPTY_PROGRESS
  let data: unknown
  try {
    data = JSON.parse(raw)
  } catch {
    return EMPTY_PROGRESS
  }
  if (!data || typeof data !== 'object') return EMPTY_PROGRESS
  const { read, quizzes } = data as Partial<Record<keyof Progress, unknown>>
  return {
    read: Array.isArray(read)
      ? [...new Set(read.filter((s): s is string => typeof s === 'string' && SLUG.test(s)))]
      : [],
    quizzes:
      quizzes && typeof quizzes === 'object'
        ? Object.fromEntries(Object.entries(quizzes).filter(([slug, q]) => SLUG.test(slug) && isQuiz(q)))
        : {},
  }
}

/** A quiz's score once every question has a first answer; undefined before that. */
export function quizScore(quiz: QuizProgress | undefined): { right: number; total: number } | undefined {
  if (!quiz) return undefined
  const answers = Object.values(quiz.firstAnswers)
  if (answers.length < quiz.total) return undefined
  return { right: answers.filter(Boolean).length, total: quiz.total }
}

export type ProgressStore = {
  /** The current progress; the same object until it changes (for React's useSyncExternalStore). */
  snapshot: () => Progress
  subscribe: (listener: () => void) => () => void
  markRead: (slug: string) => void
  /** Keeps only the first answer to each question: the score is "right first time". */
  recordAnswer: (slug: string, question: number, correct: boolean, total: number) => void
  clear: () => void
  /** Call when another tab changed storage (the `storage` event). */
  refresh: () => void
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
      const base = quiz && quiz.total === total ? quiz : { total, firstAnswers: {} }
      if (String(question) in base.firstAnswers) return
      const next = { total, firstAnswers: { ...base.firstAnswers, [question]: correct } }
      write({ ...current, quizzes: { ...current.quizzes, [slug]: next } })
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
    refresh: notify,
  }
}
