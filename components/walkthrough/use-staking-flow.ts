import { useEffect, useRef, useState, type MouseEvent, type FormEvent } from 'react'
import type { NetworkId } from '@/lib/calculator'
import { parseQuery } from '@/lib/walkthrough/url'
import type { WalkthroughState } from '@/lib/walkthrough/types'
import { focusHeading, focusLost, interceptedClick, interceptedSubmit, type Interception } from './intercept'

function stateAt(href: string, network: NetworkId): WalkthroughState {
  return parseQuery(new URL(href, 'https://walkthrough.invalid').searchParams, network)
}

/**
 * State of an embedded walkthrough, kept in the component (an article can hold several, and none takes
 * over the article's URL). Links and forms carry the next state's URL; following one parses it, exactly
 * as the /walkthrough page would. After each change, focus moves to the step heading (or to a field the
 * reader must fix) when the step changed or the focused element went away.
 */
export function useStakingFlow(startHref: string, network: NetworkId, headingId: string) {
  const [state, setState] = useState(() => stateAt(startHref, network))
  const container = useRef<HTMLDivElement>(null)
  const pending = useRef<{ stepChanged: boolean; submitted: boolean } | null>({
    stepChanged: true,
    submitted: false,
  })

  useEffect(() => {
    const change = pending.current
    pending.current = null
    if (change === null) return
    const invalid = container.current?.querySelector<HTMLElement>('[aria-invalid="true"]')
    if (change.submitted && invalid) invalid.focus()
    else if (change.stepChanged || focusLost(container.current)) focusHeading(headingId)
  }, [state, headingId])

  const follow = (target: Interception, submitted: boolean) => {
    const next = stateAt(target.href, network)
    pending.current = { stepChanged: next.step !== state.step, submitted }
    setState(next)
  }

  return {
    state,
    container,
    onClickCapture(e: MouseEvent) {
      const target = interceptedClick(e.nativeEvent)
      if (target === null) return
      e.preventDefault()
      follow(target, false)
    },
    onSubmit(e: FormEvent) {
      const target = interceptedSubmit(e.nativeEvent as SubmitEvent)
      if (target === null) return
      e.preventDefault()
      follow(target, true)
    },
  }
}
