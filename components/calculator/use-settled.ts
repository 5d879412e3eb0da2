import { useEffect, useState } from 'react'

/** `value`, but only once it has stopped changing for `delay` ms (for live regions that should not chatter). */
export function useSettled<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value)
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay)
    return () => clearTimeout(timer)
  }, [value, delay])
  return settled
}
