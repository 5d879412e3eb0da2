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
/**
 * What the reader just did, kept outside the component: a navigation can remount the page's tree (a
 * redirect to the canonical URL does), and the focus decision must survive that.
 */
let intent: { step: string; submitted: boolean } | null = null

export function WalkthroughNav({ step, stateKey, headingId, children }: WalkthroughNavProps) {
  const router = useRouter()
  const [pending, startTransition] = useTransition()
  const container = useRef<HTMLDivElement>(null)
  const shown = useRef<{ step: string; stateKey: string } | null>(null)

  useEffect(() => {
    const before = shown.current
    shown.current = { step, stateKey }
    const acted = intent
    intent = null
    // First render of a page the reader loaded (not navigated to): leave focus where the browser put it.
    if (acted === null && (before === null || before.stateKey === stateKey)) return
    const fromStep = acted?.step ?? before?.step
    // After the router has finished its own post-navigation work (scrolling, redirects).
    const frame = requestAnimationFrame(() => {
      const invalid = container.current?.querySelector<HTMLElement>('[aria-invalid="true"]')
      if (acted?.submitted && invalid) invalid.focus()
      else if (fromStep !== step || focusLost(container.current)) focusHeading(headingId)
    })
    return () => cancelAnimationFrame(frame)
  }, [step, stateKey, headingId])

  const go = (target: Interception, submitted: boolean) => {
    intent = { step, submitted }
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
        go(target, false)
      }}
      onSubmit={(e) => {
        const target = interceptedSubmit(e.nativeEvent as SubmitEvent)
        if (target === null) return
        e.preventDefault()
        go(target, true)
      }}
    >
      {children}
    </div>
  )
}
