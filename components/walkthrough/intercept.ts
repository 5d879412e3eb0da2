import type { NavKind } from './types'

/** A walkthrough link or form the browser should not follow itself: where to go, and how. */
export type Interception = { href: string; nav: NavKind }

const navKind = (value: string | undefined): NavKind => (value === 'replace' ? 'replace' : 'push')

/**
 * The walkthrough link a plain left click landed on, or null when the browser should handle the click
 * (a modifier key for a new tab or window, another link, an already handled event).
 */
export function interceptedClick(event: MouseEvent): Interception | null {
  if (event.defaultPrevented || event.button !== 0) return null
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return null
  const target = event.target
  if (!(target instanceof Element)) return null
  const link = target.closest<HTMLAnchorElement>('a[data-wt-nav]')
  const href = link?.getAttribute('href')
  if (!link || !href) return null
  return { href, nav: navKind(link.dataset.wtNav) }
}

/** The URL a walkthrough GET form would load (its fields as the query, keeping the action's fragment). */
export function interceptedSubmit(event: SubmitEvent): Interception | null {
  const form = event.target
  if (!(form instanceof HTMLFormElement) || !form.matches('form[data-wt-nav]')) return null
  const query = new URLSearchParams()
  for (const [key, value] of new FormData(form, event.submitter))
    if (typeof value === 'string') query.append(key, value)
  const action = new URL(form.action, window.location.href)
  return { href: `${action.pathname}?${query.toString()}${action.hash}`, nav: navKind(form.dataset.wtNav) }
}

/** Moves focus to a step heading (and scrolls it into view, smoothly unless the reader prefers less motion). */
export function focusHeading(id: string): void {
  const heading = document.getElementById(id)
  if (!heading) return
  heading.focus({ preventScroll: true })
  const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches
  heading.scrollIntoView({ block: 'start', behavior: reduce ? 'auto' : 'smooth' })
}

/** Focus was lost with the element that had it (it re-rendered away): the page body has it now. */
export function focusLost(container: Element | null): boolean {
  const active = document.activeElement
  return active === null || active === document.body || (container !== null && !container.contains(active))
}
