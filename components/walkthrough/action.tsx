import { cn } from '@/components/ui/cn'
import type { ReactNode } from 'react'
import { transition } from '@/lib/walkthrough/machine'
import type { WalkthroughEvent, WalkthroughState } from '@/lib/walkthrough/types'
import { serializeState, walkthroughHref } from '@/lib/walkthrough/url'
import type { NavKind } from './types'
import { buttonPrimary, buttonSecondary } from './ui'

/** Fragment that brings a reader without JavaScript to the step after a full page load. */
export const STEP_ANCHOR = 'walkthrough-step'

/** The URL of the state an event leads to, or null when the machine refuses it. */
export function eventHref(state: WalkthroughState, event: WalkthroughEvent): string | null {
  const result = transition(state, event)
  return result.ok ? `${walkthroughHref(result.state)}#${STEP_ANCHOR}` : null
}

type ActionControlProps = {
  state: WalkthroughState
  event: WalkthroughEvent
  nav?: NavKind
  /** `primary` and `secondary` look like buttons and are buttons; `plain` is a text link. */
  variant?: 'primary' | 'secondary' | 'plain'
  className?: string
  'aria-label'?: string
  children: ReactNode
}

/**
 * A control that sends an event to the walkthrough. What looks like a button is a real button (Enter and
 * Space work) in a GET form whose hidden fields carry the next state, so it works without JavaScript; the
 * page or embed island intercepts the submit with it. A `plain` control is a text link to the same URL.
 * Renders nothing when the machine would reject the event, so the UI can only offer valid events.
 */
export function ActionControl({
  state,
  event,
  nav = 'push',
  variant = 'secondary',
  className,
  children,
  ...rest
}: ActionControlProps) {
  const result = transition(state, event)
  if (!result.ok) return null
  if (variant === 'plain') {
    return (
      <a
        href={`${walkthroughHref(result.state)}#${STEP_ANCHOR}`}
        data-wt-nav={nav}
        rel="nofollow"
        className={className}
        aria-label={rest['aria-label']}
      >
        {children}
      </a>
    )
  }
  return (
    <form method="get" action={`/walkthrough#${STEP_ANCHOR}`} data-wt-nav={nav} className="contents">
      <StateFields state={result.state} />
      <button
        type="submit"
        className={cn(variant === 'primary' ? buttonPrimary : buttonSecondary, className)}
        aria-label={rest['aria-label']}
      >
        {children}
      </button>
    </form>
  )
}

type StateFieldsProps = { state: WalkthroughState; omit?: readonly string[] }

/** Hidden inputs carrying a state through a GET form (minus the fields the form itself asks for). */
export function StateFields({ state, omit = [] }: StateFieldsProps) {
  return (
    <>
      {[...serializeState(state).entries()]
        .filter(([key]) => !omit.includes(key))
        .map(([key, value]) => (
          <input key={key} type="hidden" name={key} value={value} />
        ))}
    </>
  )
}
