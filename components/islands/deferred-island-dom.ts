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
    const onEvent = (event: Event) => {
      if (elements.some((element) => element.contains(event.target as Node))) wake()
    }
    function wake() {
      observer.disconnect()
      for (const type of WAKE_EVENTS) window.removeEventListener(type, onEvent, true)
      resolve()
    }
    for (const element of elements) observer.observe(element)
    // On the window, in the capture phase: React stops these events at its root while the island is dehydrated.
    for (const type of WAKE_EVENTS) window.addEventListener(type, onEvent, true)
  })
}

/** How long a press made before the island is live waits for it before it does what it does without JavaScript. */
const HOLD_MS = 5000

/**
 * Holds presses of links and buttons inside `container` until `release` is called: before the island is live
 * such a press would do what it does without JavaScript (follow the link, submit to another page) or nothing
 * (a plain button). `release(true)` once the island is live replays them to it; if it is not live within
 * HOLD_MS, they are replayed as they were, so a press is never lost. Modified clicks (new tab) are left alone.
 */
export function holdEarlyPresses(container: HTMLElement): { release: () => void } {
  const held: HTMLElement[] = []
  let timer: ReturnType<typeof setTimeout> | undefined
  const hold = (event: MouseEvent) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
    const target =
      event.target instanceof Element ? event.target.closest<HTMLElement>('a[href], button') : null
    if (
      !target ||
      !container.contains(target) ||
      (target instanceof HTMLButtonElement && target.type === 'reset')
    )
      return
    event.preventDefault()
    held.push(target)
    timer ??= setTimeout(release, HOLD_MS)
  }
  function release() {
    clearTimeout(timer)
    window.removeEventListener('click', hold, true)
    for (const element of held.splice(0)) if (element.isConnected) element.click()
  }
  // On the window, in the capture phase: React stops a click at its root while the island is dehydrated.
  window.addEventListener('click', hold, true)
  return { release }
}

const nativeValueSetter = (element: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement) =>
  Object.getOwnPropertyDescriptor(Object.getPrototypeOf(element) as object, 'value')?.set

/**
 * Hands what the reader did before the island was live to its (now hydrated) React handlers: hydration keeps the
 * DOM as it is, so a choice ticked or a number typed early shows on screen while the island's state still holds
 * the server's defaults. Each changed field is put back to its default and changed again the way a reader would,
 * so the island's own change handlers run (presses of links and buttons are held, see holdEarlyPresses).
 */
export function catchUpWithReader(container: HTMLElement) {
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
}

/** The nodes of an HTML string, parsed inert (in a template: no script runs, no image loads until placed). */
export function parsedNodes(html: string): Node[] {
  const template = document.createElement('template')
  template.innerHTML = html
  return [...template.content.childNodes]
}
