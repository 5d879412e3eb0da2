'use client'

import { useRouter } from 'next/navigation'
import { useEffect, useRef, useTransition, type ReactNode } from 'react'
import { focusHeading, focusLost, interceptedClick, interceptedSubmit, type Interception } from './intercept'

type WalkthroughNavProps = {
  /** The step on screen, and the whole state as a query: changes tell the island a navigation finished. */
  step: string
  stateKey: string
  headingId: string
  children: ReactNode
}

/**
 * The /walkthrough page's island. Without JavaScript every action is a link or GET form to the next
 * state's URL. With it, this intercepts them for client-side navigation (push for steps, so Back works;
 * replace for the clock, restaking and the network), then moves focus to the new step's heading, or to
 * a field the reader must fix.
 */
export function WalkthroughNav({ step, stateKey, headingId, children }: WalkthroughNavProps) {
  const router = useRouter()
  const [pending, startTransition] = useTransition()
  const container = useRef<HTMLDivElement>(null)
  const shown = useRef({ step, stateKey })
  const submitted = useRef(false)

  useEffect(() => {
    const before = shown.current
    if (before.stateKey === stateKey) return
    shown.current = { step, stateKey }
    const invalid = container.current?.querySelector<HTMLElement>('[aria-invalid="true"]')
    if (submitted.current && invalid) invalid.focus()
    else if (before.step !== step || focusLost(container.current)) focusHeading(headingId)
    submitted.current = false
  }, [step, stateKey, headingId])

  const go = (target: Interception) => {
    const href = target.href.split('#')[0] ?? target.href
    startTransition(() => {
      if (target.nav === 'push') router.push(href, { scroll: false })
      else router.replace(href, { scroll: false })
    })
  }

  return (
    <div
      ref={container}
      aria-busy={pending}
      onClickCapture={(e) => {
        const target = interceptedClick(e.nativeEvent)
        if (target === null) return
        e.preventDefault()
        go(target)
      }}
      onSubmit={(e) => {
        const target = interceptedSubmit(e.nativeEvent as SubmitEvent)
        if (target === null) return
        e.preventDefault()
        submitted.current = true
        go(target)
      }}
    >
      {children}
    </div>
  )
}
