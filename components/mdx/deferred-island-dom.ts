/** DOM helpers of deferredIsland (browser only): when to load an island, and what the reader did before it was live. */

/** How far ahead of the viewport an island starts loading: about one screen, so it is live when reached. */
const AHEAD = '100% 0px'
/** Interactions that load an island at once, wherever it is (keyboard and pointer users alike). */
const WAKE_EVENTS = ['pointerdown', 'focusin', 'keydown'] as const

/**
 * Resolves once any server-rendered island called `name` is near the viewport or used, or at once when there is
 * none in the document (a client-side navigation renders the island fresh and needs its code now).
 */
export function whenWanted(name: string): Promise<void> {
  const elements = [...document.querySelectorAll<HTMLElement>(`[data-island="${name}"]`)]
  if (elements.length === 0 || typeof IntersectionObserver === 'undefined') return Promise.resolve()
  return new Promise((resolve) => {
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) wake()
      },
      { rootMargin: AHEAD },
    )
    function wake() {
      observer.disconnect()
      for (const element of elements)
        for (const type of WAKE_EVENTS) element.removeEventListener(type, wake, true)
      resolve()
    }
    for (const element of elements) {
      observer.observe(element)
      for (const type of WAKE_EVENTS) element.addEventListener(type, wake, true)
    }
  })
}

/**
 * Records presses of plain buttons (`type="button"`) inside `container` until the returned function is called; it
 * stops recording and returns them. Such a press does nothing before the island is live, so it is replayed after.
 */
export function recordEarlyClicks(container: HTMLElement): () => HTMLElement[] {
  const clicks: HTMLElement[] = []
  const record = (event: Event) => {
    const button = event.target instanceof Element ? event.target.closest('button') : null
    if (button && button.type === 'button' && container.contains(button)) clicks.push(button)
  }
  container.addEventListener('click', record, true)
  return () => {
    container.removeEventListener('click', record, true)
    return clicks
  }
}

const nativeValueSetter = (element: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement) =>
  Object.getOwnPropertyDescriptor(Object.getPrototypeOf(element) as object, 'value')?.set

/**
 * Hands what the reader did before the island was live to its (now hydrated) React handlers: hydration keeps the
 * DOM as it is, so a choice ticked or a number typed early shows on screen while the island's state still holds
 * the server's defaults. Each changed field is put back to its default and changed again the way a reader would,
 * so the island's own change handlers run; then the early button presses are replayed.
 */
export function catchUpWithReader(container: HTMLElement, clicks: readonly HTMLElement[]) {
  for (const input of container.querySelectorAll<HTMLInputElement>(
    'input[type="radio"], input[type="checkbox"]',
  )) {
    // A radio counts where the reader chose it (the one they left is handled by choosing the new one).
    if (input.checked === input.defaultChecked || (input.type === 'radio' && !input.checked)) continue
    // Through the element's own setter, which React tracks: React sees the click below as a change.
    input.checked = input.defaultChecked
    input.click()
  }
  for (const field of container.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(
    'input:not([type="radio"]):not([type="checkbox"]), textarea, select',
  )) {
    const initial =
      field instanceof HTMLSelectElement
        ? ([...field.options].find((o) => o.defaultSelected)?.value ?? field.options[0]?.value ?? '')
        : field.defaultValue
    const current = field.value
    if (current === initial) continue
    field.value = initial
    // The prototype's setter bypasses React's tracking, so the event below reads as a change to `current`.
    nativeValueSetter(field)?.call(field, current)
    field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }))
  }
  for (const button of clicks) if (button.isConnected) button.click()
}
