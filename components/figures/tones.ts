import type { ChartColor, Tone } from '@/lib/figures'

/**
 * Theme-token classes for the figures' colours (app/globals.css): light, dark and print values come from
 * the tokens, so a drawing never hard-codes a colour. Whole class names, so Tailwind finds them.
 */
export const BOX_CLASS: Record<Tone, string> = {
  neutral: 'fill-surface stroke-line-strong',
  accent: 'fill-accent-soft stroke-accent',
  note: 'fill-note-soft stroke-note',
  tip: 'fill-tip-soft stroke-tip',
  warning: 'fill-warning-soft stroke-warning',
  risk: 'fill-risk-soft stroke-risk',
}

/** A data line. */
export const SERIES_CLASS: Record<ChartColor, string> = {
  1: 'fill-none stroke-chart-1',
  2: 'fill-none stroke-chart-2',
  3: 'fill-none stroke-chart-3',
  4: 'fill-none stroke-chart-4',
}

/** A marker dot or a bar, outlined in the background colour so neighbours stay apart. */
export const MARK_CLASS: Record<ChartColor, string> = {
  1: 'fill-chart-1 stroke-surface',
  2: 'fill-chart-2 stroke-surface',
  3: 'fill-chart-3 stroke-surface',
  4: 'fill-chart-4 stroke-surface',
}

/** Text drawn over lines or bars keeps a halo in the figure's background colour, so it stays legible. */
export const HALO_PROPS = {
  className: 'fill-text stroke-surface',
  strokeWidth: 4,
  strokeLinejoin: 'round',
  paintOrder: 'stroke',
} as const
