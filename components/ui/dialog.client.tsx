'use client'

import { cn } from './cn'
import { LineIcon } from './line-icon'
import { useEffect, useId, useRef } from 'react'
import type { ReactNode } from 'react'

export type DialogProps = {
  open: boolean
  onOpenChange: (open: boolean) => void
  title: ReactNode
  description?: ReactNode
  /** Label of the close button (visible text). */
  closeLabel: string
  children: ReactNode
  className?: string
}

/**
 * A modal dialog on the native `<dialog>` element and `showModal()`: the browser traps focus, makes the page
 * behind it inert, closes on Esc and returns focus to the control that opened it. A click on the backdrop
 * closes it too. Controlled: `open` shows it, `onOpenChange(false)` reports every way it closes.
 */
export function Dialog({
  open,
  onOpenChange,
  title,
  description,
  closeLabel,
  children,
  className = '',
}: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const descriptionId = useId()

  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) dialog.showModal()
    if (!open && dialog.open) dialog.close()
  }, [open])

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onClose={() => onOpenChange(false)}
      onClick={(event) => {
        if (event.target === ref.current) onOpenChange(false)
      }}
      className={cn(
        'm-auto w-[min(48rem,calc(100vw-1.5rem))] max-w-none rounded-xl border border-line bg-surface p-0 text-text shadow-2xl backdrop:bg-black/50',
        className,
      )}
    >
      {open ? (
        <div className="max-h-[calc(100dvh-3rem)] overflow-y-auto p-5 sm:p-6">
          <div className="flex items-start justify-between gap-4">
            <h2 id={titleId} className="text-xl font-bold text-text">
              {title}
            </h2>
            <button
              type="button"
              onClick={() => onOpenChange(false)}
              className="inline-flex min-h-10 shrink-0 items-center gap-1 rounded-md border border-line-strong px-3 text-sm font-semibold text-text hover:bg-sunken"
            >
              <LineIcon>
                <path d="m5 5 10 10M15 5 5 15" />
              </LineIcon>
              {closeLabel}
            </button>
          </div>
          {description ? (
            <p id={descriptionId} className="mt-2 text-muted">
              {description}
            </p>
          ) : null}
          <div className="mt-4">{children}</div>
        </div>
      ) : null}
    </dialog>
  )
}
