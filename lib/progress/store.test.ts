import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  createProgressStore,
  EMPTY_PROGRESS,
  parseProgress,
  PROGRESS_STORAGE_KEY,
  quizScore,
  type StorageLike,
} from './store'

function memoryStorage(): StorageLike & { data: Map<string, string> } {
  const data = new Map<string, string>()
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  }
}

const throwing: StorageLike = {
  getItem: () => {
    throw new DOMException('denied', 'SecurityError')
  },
  setItem: () => {
    throw new DOMException('full', 'QuotaExceededError')
  },
  removeItem: () => {
    throw new DOMException('denied', 'SecurityError')
  },
}

describe('createProgressStore', () => {
  it('remembers articles read, once each, in storage', () => {
    const storage = memoryStorage()
    const store = createProgressStore(() => storage)
    store.markRead('what-is-defi')
    store.markRead('what-is-defi')
    store.markRead('apr-vs-apy')
    expect(store.snapshot().read).toEqual(['what-is-defi', 'apr-vs-apy'])
    expect(createProgressStore(() => storage).snapshot().read).toEqual(['what-is-defi', 'apr-vs-apy'])
  })

  it('scores a quiz on first answers only, once every question is answered', () => {
    const storage = memoryStorage()
    const s = createProgressStore(() => storage)
    s.recordAnswer('apr-vs-apy', 0, false, 3)
    s.recordAnswer('apr-vs-apy', 0, true, 3)
    s.recordAnswer('apr-vs-apy', 1, true, 3)
    expect(quizScore(s.snapshot().quizzes['apr-vs-apy'])).toBeUndefined()
    s.recordAnswer('apr-vs-apy', 2, true, 3)
    expect(quizScore(s.snapshot().quizzes['apr-vs-apy'])).toEqual({ right: 2, total: 3 })
  })

  it('ignores answers to questions that do not exist', () => {
    const storage = memoryStorage()
    const s = createProgressStore(() => storage)
    s.recordAnswer('apr-vs-apy', 3, true, 3)
    s.recordAnswer('apr-vs-apy', -1, true, 3)
    s.recordAnswer('Bad Slug', 0, true, 3)
    expect(storage.data.size).toBe(0)
  })

  it('forgets everything on clear and tells subscribers', () => {
    const storage = memoryStorage()
    const s = createProgressStore(() => storage)
    let calls = 0
    s.subscribe(() => (calls += 1))
    s.markRead('what-is-defi')
    s.clear()
    expect(storage.data.has(PROGRESS_STORAGE_KEY)).toBe(false)
    expect(s.snapshot()).toEqual(EMPTY_PROGRESS)
    expect(calls).toBe(2)
  })

  it('returns the same snapshot object until the progress changes', () => {
    const storage = memoryStorage()
    const s = createProgressStore(() => storage)
    const first = s.snapshot()
    expect(s.snapshot()).toBe(first)
    s.markRead('what-is-defi')
    expect(s.snapshot()).not.toBe(first)
  })

  it.each([
    ['storage that throws on every call', () => throwing],
    ['no storage at all', () => undefined],
    [
      'a getter that throws (localStorage access denied)',
      () => {
        throw new DOMException('denied', 'SecurityError')
      },
    ],
  ])('keeps working, holding nothing, with %s', (_name, getStorage) => {
    const s = createProgressStore(getStorage)
    let calls = 0
    s.subscribe(() => (calls += 1))
    expect(() => {
      s.markRead('what-is-defi')
      s.recordAnswer('what-is-defi', 0, true, 3)
      s.clear()
    }).not.toThrow()
    expect(s.snapshot()).toEqual(EMPTY_PROGRESS)
    expect(calls).toBe(0)
  })
})

describe('parseProgress', () => {
  it.each([
    ['nothing stored', null],
    ['not JSON', '{read:'],
    ['JSON of another shape', '[1,2,3]'],
    ['a number', '42'],
    ['JSON null', 'null'],
  ])('reads %s as no progress', (_name, raw) => {
    expect(parseProgress(raw)).toEqual(EMPTY_PROGRESS)
  })

  it('keeps well-formed entries and drops the rest', () => {
    const raw = JSON.stringify({
      read: ['what-is-defi', '<script>', 7],
      quizzes: {
        'apr-vs-apy': [true, false, null],
        empty: [],
        'bad-values': [1, 0],
        'not-a-list': { 0: true },
      },
    })
    expect(parseProgress(raw)).toEqual({
      read: ['what-is-defi'],
      quizzes: { 'apr-vs-apy': [true, false, null] },
    })
  })

  it('never throws, whatever is stored', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (raw) => {
        const p = parseProgress(raw)
        expect(Array.isArray(p.read)).toBe(true)
        for (const answers of Object.values(p.quizzes))
          expect(quizScore(answers) ?? 'incomplete').toBeTruthy()
      }),
    )
  })
})
