import { useEffect, useRef, useState } from 'react'

/**
 * True once the element is near the viewport *and* the page has finished loading and gone idle, and from then
 * on. Use it to start loading heavy, non-essential code (a chart library) only after the first paint, and
 * only for readers who scroll to it. Client components only.
 *
 * @example
 * const [ref, ready] = useLoadWhenVisible<HTMLDivElement>()
 * return <div ref={ref}>{ready ? <LazyChart /> : <Placeholder />}</div>
 */
export function useLoadWhenVisible<T extends Element>(rootMargin = '200px') {
  const ref = useRef<T>(null)
  const [ready, setReady] = useState(false)

  useEffect(() => {
    const element = ref.current
    if (ready || !element) return
    let visible = false
    let idle = false
    let cancelled = false
    const settle = () => {
      if (!cancelled && visible && idle) setReady(true)
    }
    const observer = new IntersectionObserver(
      (entries) => {
        visible = entries.some((e) => e.isIntersecting)
        settle()
      },
      { rootMargin },
    )
    observer.observe(element)
    const whenIdle = () => {
      const done = () => {
        idle = true
        settle()
      }
      if ('requestIdleCallback' in window) window.requestIdleCallback(done, { timeout: 2000 })
      else setTimeout(done, 200)
    }
    if (document.readyState === 'complete') whenIdle()
    else window.addEventListener('load', whenIdle, { once: true })
    return () => {
      cancelled = true
      observer.disconnect()
      window.removeEventListener('load', whenIdle)
    }
  }, [ready, rootMargin])

  return [ref, ready] as const
}
