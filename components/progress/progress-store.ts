import 'client-only'
import { useSyncExternalStore } from 'react'
import { createProgressStore, EMPTY_PROGRESS, type Progress } from '@/lib/progress/store'

/** The page's one progress store, on localStorage (reached lazily: touching it can throw in private mode). */
export const progressStore = createProgressStore(() => window.localStorage)

/** Changes from this page (the store) and from other tabs (the `storage` event). */
function subscribe(listener: () => void) {
  const unsubscribe = progressStore.subscribe(listener)
  window.addEventListener('storage', listener)
  return () => {
    unsubscribe()
    window.removeEventListener('storage', listener)
  }
}

/** The reader's progress; empty on the server and in the first render, so hydration always matches. */
export function useProgress(): Progress {
  return useSyncExternalStore(subscribe, progressStore.snapshot, () => EMPTY_PROGRESS)
}
