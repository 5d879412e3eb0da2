'use client'

import { cva } from 'class-variance-authority'
import { useEffect, useRef, useState } from 'react'
import { Button } from './button'
import type { ButtonVariant } from './button'
import type { LayoutClass } from './layout-class'
import { LineIcon } from './line-icon'

export type CopyButtonProps = {
  /** The text to copy, or a function that returns it at the moment of the click. */
  text: string | (() => string)
  label: string
  copiedMessage: string
  failedMessage: string
  variant?: ButtonVariant
  /** Placement only (margin, JavaScript visibility): the button renders in first-load client islands. */
  className?: LayoutClass
}

const row = cva('inline-flex flex-wrap items-center gap-x-3 gap-y-1')

/**
 * Copies text to the clipboard and says so in a polite live region next to the button (and says how to copy
 * by hand when the browser refuses). The message clears after a few seconds.
 */
export function CopyButton({
  text,
  label,
  copiedMessage,
  failedMessage,
  variant = 'secondary',
  className,
}: CopyButtonProps) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle')
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  useEffect(() => () => clearTimeout(timer.current), [])

  async function copy() {
    clearTimeout(timer.current)
    try {
      await navigator.clipboard.writeText(typeof text === 'function' ? text() : text)
      setStatus('copied')
    } catch {
      setStatus('failed')
    }
    timer.current = setTimeout(() => setStatus('idle'), 6000)
  }

  return (
    <span className={row({ className })}>
      <Button variant={variant} onClick={copy}>
        <LineIcon strokeWidth={1.8}>
          <rect x="7" y="7" width="10" height="10" rx="2" />
          <path d="M13 7V5a2 2 0 0 0-2-2H5a2 2 0 0 0-2 2v6a2 2 0 0 0 2 2h2" />
        </LineIcon>
        {label}
      </Button>
      <span role="status" className="text-sm text-muted empty:hidden">
        {status === 'copied' ? copiedMessage : status === 'failed' ? failedMessage : ''}
      </span>
    </span>
  )
}
