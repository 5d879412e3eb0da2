'use client'

import { useEffect } from 'react'
import { BOOTED_ATTRIBUTE, BOOTED_EVENT } from '@/lib/boot/signals'

/**
 * Says that React has hydrated the page: marks `<html>` and tells the boot loader of an article (which starts the
 * framework on the reader's intent, lib/boot/on-intent.ts) to replay the presses it held meanwhile. Rendered
 * once, in the root layout; its effect runs after the page's first commit, when the header's controls are live.
 */
export function BootSignal() {
  useEffect(() => {
    document.documentElement.setAttribute(BOOTED_ATTRIBUTE, '')
    window.dispatchEvent(new Event(BOOTED_EVENT))
  }, [])
  return null
}
