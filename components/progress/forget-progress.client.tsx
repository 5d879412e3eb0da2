'use client'

import { useState } from 'react'
import { progressStore, useProgress } from './progress-store'
import { fill } from './progress-tick.client'

/** How far the reader is, and the button that forgets it all. Shown only when there is progress. */
export function ForgetProgress({
  total,
  labels,
}: {
  total: number
  labels: { summary: string; forget: string; forgotten: string; privacy: string }
}) {
  const progress = useProgress()
  const [forgotten, setForgotten] = useState(false)
  const hasProgress = progress.read.length > 0 || Object.keys(progress.quizzes).length > 0
  return (
    <div role="status" className="text-sm text-muted empty:hidden">
      {hasProgress ? (
        <p className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <span>{fill(labels.summary, { read: progress.read.length, total })}</span>
          <span>{labels.privacy}</span>
          <button
            type="button"
            onClick={() => {
              progressStore.clear()
              setForgotten(true)
            }}
            className="min-h-10 rounded-md border border-line-strong px-3 font-semibold text-text hover:bg-sunken"
          >
            {labels.forget}
          </button>
        </p>
      ) : forgotten ? (
        labels.forgotten
      ) : null}
    </div>
  )
}
