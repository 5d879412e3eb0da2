import type { ReactNode } from 'react'
import type { AxisTick, Box, LayoutSize, TextAnchor } from '@/lib/figures'
import { SvgText } from './svg-text'

type FigureSvgProps = {
  /** The layout's size: the drawing's coordinates (viewBox) and its text size. */
  size: LayoutSize
  /** The figure's title, its accessible name. */
  label: string
  children: ReactNode
}

/**
 * The drawing surface every figure shares: a named group of real SVG text and shapes, in the layout's
 * coordinates, scaled to the column's width (the frame around it is `FigureFrame`).
 */
export function FigureSvg({ size, label, children }: FigureSvgProps) {
  return (
    <svg
      role="group"
      aria-label={label}
      viewBox={`0 0 ${size.width} ${size.height}`}
      fontSize={size.fontSize}
      className="block h-auto w-full overflow-visible"
    >
      {children}
    </svg>
  )
}

/** An axis's tick labels, in the muted colour, with the anchor set once for the group. */
export function TickLabels({ ticks, anchor }: { ticks: readonly AxisTick[]; anchor: TextAnchor }) {
  return (
    <g className="fill-muted" textAnchor={anchor}>
      {ticks.map((t) => (
        <SvgText key={t.at} t={t.label} inheritedAnchor={anchor} />
      ))}
    </g>
  )
}

/** The x axis: a stronger line along the bottom of the plot. */
export function XAxisLine({ plot }: { plot: Box }) {
  return (
    <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} className="stroke-line-strong" />
  )
}
