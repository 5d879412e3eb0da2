import type { ReactNode } from 'react'

type LineIconProps = {
  /** The icon's strokes, drawn on a 20 × 20 grid. */
  children: ReactNode
  strokeWidth?: number
}

/**
 * A decorative 16 px line icon in the text's colour, beside a visible label that names the control (so it is
 * hidden from assistive technology).
 */
export function LineIcon({ children, strokeWidth = 2 }: LineIconProps) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 20 20"
      className="size-4"
      fill="none"
      stroke="currentColor"
      strokeWidth={strokeWidth}
    >
      {children}
    </svg>
  )
}
