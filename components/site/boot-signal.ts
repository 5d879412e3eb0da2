import { useEffect } from 'react'
import { BOOTED_ATTRIBUTE, BOOTED_EVENT } from '@/lib/boot/signals'

/**
 * Says that React has hydrated the page: marks `<html>` and tells an article's boot loader (which starts the
 * framework on the reader's intent, lib/boot/on-intent.ts) to replay the presses it held meanwhile. Called by the
 * header's theme switch, which every page of the site has, so it costs no chunk of its own. It waits for the next
 * task: by then every effect of the first commit has run, the islands' own holds included
 * (components/islands/deferred-island.client.tsx), and so a replayed press reaches a control that is ready for it.
 */
export function useBootSignal() {
  useEffect(() => {
    const timer = setTimeout(() => {
      document.documentElement.setAttribute(BOOTED_ATTRIBUTE, '')
      window.dispatchEvent(new Event(BOOTED_EVENT))
    }, 0)
    return () => clearTimeout(timer)
  }, [])
}
