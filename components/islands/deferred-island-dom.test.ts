// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { catchUpWithReader, holdEarlyPresses, parsedNodes, whenWanted } from './deferred-island-dom'

let container: HTMLElement

beforeEach(() => {
  document.body.innerHTML = `
    <div data-island="quiz" id="island">
      <a href="#next" id="link">Next</a>
      <form><button id="submit">Go</button></form>
      <input type="radio" name="q" value="0" id="r0" />
      <input type="radio" name="q" value="1" id="r1" />
      <input type="checkbox" id="box" checked />
      <input type="number" id="amount" value="1000" />
      <select id="period"><option value="day">Day</option><option value="year">Year</option></select>
    </div>
    <a href="#outside" id="outside">Outside</a>`
  container = document.getElementById('island')!
})

/** Listeners a test leaves on the window or document (which outlive its markup), removed after it. */
const cleanups: (() => void)[] = []
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup()
  vi.useRealTimers()
})

const hold = (element: HTMLElement) => {
  const held = holdEarlyPresses(element)
  cleanups.push(held.release)
  return held
}

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T

/** Every click on the page, with whether it was prevented, in order (listening last, on the document). */
function recordClicks() {
  const clicks: { id: string; prevented: boolean }[] = []
  const listener = (event: MouseEvent) => {
    clicks.push({ id: (event.target as HTMLElement).id, prevented: event.defaultPrevented })
    event.preventDefault() // keep the test page in place (a link to #next, a form's submission)
  }
  document.addEventListener('click', listener)
  cleanups.push(() => document.removeEventListener('click', listener))
  return clicks
}

describe('holdEarlyPresses', () => {
  it('holds presses of links and buttons inside the island and replays them once it is live', () => {
    const clicks = recordClicks()
    const { release } = hold(container)
    byId('link').click()
    byId('submit').click()
    byId('outside').click()
    expect(clicks).toEqual([
      { id: 'link', prevented: true },
      { id: 'submit', prevented: true },
      { id: 'outside', prevented: false },
    ])
    release()
    expect(clicks.slice(3)).toEqual([
      { id: 'link', prevented: false },
      { id: 'submit', prevented: false },
    ])
    byId('link').click()
    expect(clicks.at(-1)).toEqual({ id: 'link', prevented: false })
  })

  it('leaves modified clicks (a new tab) to the browser', () => {
    const clicks = recordClicks()
    hold(container)
    byId('link').dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, ctrlKey: true }))
    expect(clicks).toEqual([{ id: 'link', prevented: false }])
  })

  it('replays a held press as it was when the island is not live within 5 s, so it is never lost', () => {
    vi.useFakeTimers()
    const clicks = recordClicks()
    const { release } = hold(container)
    byId('link').click()
    vi.advanceTimersByTime(4999)
    expect(clicks).toHaveLength(1)
    vi.advanceTimersByTime(1)
    expect(clicks).toEqual([
      { id: 'link', prevented: true },
      { id: 'link', prevented: false },
    ])
    release() // later, once live: nothing is replayed twice
    expect(clicks).toHaveLength(2)
  })
})

describe('catchUpWithReader', () => {
  it('hands a choice made before the island was live to its handlers, as a click on that choice', () => {
    const radio = byId<HTMLInputElement>('r1')
    radio.checked = true // the reader's choice, made natively before hydration
    const seen: string[] = []
    container.addEventListener('click', (event) => {
      const target = event.target as HTMLInputElement
      seen.push(`${target.id}:${target.checked}`)
    })
    catchUpWithReader(container)
    expect(seen).toEqual(['r1:true'])
    expect(radio.checked).toBe(true)
    expect(byId<HTMLInputElement>('r0').checked).toBe(false)
  })

  it('unticks a box the reader unticked, through a click', () => {
    const box = byId<HTMLInputElement>('box')
    box.checked = false
    catchUpWithReader(container)
    expect(box.checked).toBe(false)
  })

  it('announces a typed value with the event React listens to; untouched fields stay quiet', () => {
    byId<HTMLInputElement>('amount').value = '2500'
    const events = recordFieldEvents()
    catchUpWithReader(container)
    expect(events).toEqual(['input:amount=2500'])
    expect(byId<HTMLInputElement>('amount').value).toBe('2500')
  })

  it('announces a choice in a list with a change event', () => {
    byId<HTMLSelectElement>('period').value = 'year'
    const events = recordFieldEvents()
    catchUpWithReader(container)
    expect(events).toEqual(['change:period=year'])
  })
})

/** `input` and `change` events from the island's fields, as `type:id=value`. */
function recordFieldEvents() {
  const events: string[] = []
  for (const type of ['input', 'change'])
    container.addEventListener(type, (event) => {
      const field = event.target as HTMLInputElement
      events.push(`${type}:${field.id}=${field.value}`)
    })
  return events
}

describe('whenWanted', () => {
  it('resolves at once when no server-rendered island of that name is on the page (a client-side navigation)', async () => {
    await expect(whenWanted('calculator')).resolves.toBeUndefined()
  })

  it('without IntersectionObserver, loads at once rather than never', async () => {
    expect(typeof IntersectionObserver).toBe('undefined')
    await expect(whenWanted('quiz')).resolves.toBeUndefined()
  })
})

describe('parsedNodes', () => {
  it("returns the nodes of an island's saved HTML, detached and in order", () => {
    const nodes = parsedNodes('<p>Question 1</p>text<details><summary>Show</summary>Answer</details>')
    expect(nodes.map((node) => node.nodeName)).toEqual(['P', '#text', 'DETAILS'])
    expect(nodes.every((node) => !node.isConnected)).toBe(true)
  })
})
