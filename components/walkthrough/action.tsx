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

type ActionLinkProps = {
  state: WalkthroughState
  event: WalkthroughEvent
  nav?: NavKind
  variant?: 'primary' | 'secondary' | 'plain'
  className?: string
  'aria-label'?: string
  children: ReactNode
}

/**
 * A link to the state an event leads to: a plain link without JavaScript, intercepted by the page or
 * embed island with it. Renders nothing when the machine would reject the event, so the UI can only
 * offer valid events.
 */
export function ActionLink({
  state,
  event,
  nav = 'push',
  variant = 'secondary',
  className = '',
  children,
  ...rest
}: ActionLinkProps) {
  const href = eventHref(state, event)
  if (href === null) return null
  const style = variant === 'primary' ? buttonPrimary : variant === 'secondary' ? buttonSecondary : ''
  return (
    <a
      href={href}
      data-wt-nav={nav}
      rel="nofollow"
      className={cn(style, className)}
      aria-label={rest['aria-label']}
    >
      {children}
    </a>
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
