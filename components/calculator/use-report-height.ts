import { useEffect, useRef } from 'react'
import { RESIZE_MESSAGE_TYPE } from '@/lib/scenario/embed'

/**
 * In an iframe, posts `{ type: 'staking-calculator:resize', height }` to the parent whenever the element's
 * height changes, so `embed.js` can size the frame to fit. The height is not secret, so any parent may read
 * it; the parent checks that the message comes from our origin and from its own frame.
 */
export function useReportHeight<T extends HTMLElement>(enabled: boolean) {
  const ref = useRef<T>(null)
  useEffect(() => {
    const element = ref.current
    if (!enabled || !element || window.parent === window) return
    let last = -1
    const report = () => {
      const height = Math.ceil(element.getBoundingClientRect().height)
      if (height === last) return
      last = height
      window.parent.postMessage({ type: RESIZE_MESSAGE_TYPE, height }, '*')
    }
    const observer = new ResizeObserver(report)
    observer.observe(element)
    report()
    return () => observer.disconnect()
  }, [enabled])
  return ref
}
