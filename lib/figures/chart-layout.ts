import type { ChartAxis, LineChartModel } from './chart-model'
import type { Box, ColoredPath, LayoutSize, PositionedText } from './layout-types'
import { round } from './layout-types'
import { makeScale, type Scale } from './scale'
import { textWidth } from './text'

export type AxisTick = { at: number; label: PositionedText }

export type PositionedMarker = { cx: number; cy: number; lines: PositionedText[] }

export type PositionedRule = { x1: number; y1: number; x2: number; y2: number; label: PositionedText }

/** A line chart laid out for one size: every coordinate in the drawing's own units. */
export type LineChartLayout = {
  size: LayoutSize
  plot: Box
  xTicks: AxisTick[]
  yTicks: AxisTick[]
  xTitle: PositionedText
  yTitle: PositionedText
  paths: ColoredPath[]
  rules: PositionedRule[]
  markers: PositionedMarker[]
}

/** Keeps every n-th tick (always the first) until the labels fit `space` with a gap of one em between them. */
export function thinTicks(axis: ChartAxis, space: number, fontSize: number, horizontal: boolean): number[] {
  const ticks = [...axis.ticks]
  for (let step = 1; step <= ticks.length; step++) {
    const kept = ticks.filter((_, i) => i % step === 0)
    const need = horizontal
      ? kept.reduce((sum, t) => sum + textWidth(axis.tick(t), fontSize) + fontSize, 0)
      : kept.length * fontSize * 1.8
    if (need <= space) return kept
  }
  return ticks.slice(0, 1)
}

/** Lays a line chart out at `size`: margins from the tick labels, the y title above the plot. */
export function layoutLineChart(model: LineChartModel, size: LayoutSize): LineChartLayout {
  const { width, height, fontSize } = size
  const tickGap = fontSize * 0.6
  const yLabelWidth = Math.max(...model.y.ticks.map((t) => textWidth(model.y.tick(t), fontSize)))
  const plot: Box = {
    left: Math.ceil(yLabelWidth + tickGap + 2),
    top: Math.round(fontSize * 2.2),
    right: width - Math.ceil(fontSize * 1.2),
    bottom: height - Math.round(fontSize * 3.4),
  }
  const x: Scale = makeScale(model.x.scale, [model.x.min, model.x.max], [plot.left, plot.right])
  const y: Scale = makeScale(model.y.scale, [model.y.min, model.y.max], [plot.bottom, plot.top])

  const xTicks = thinTicks(model.x, plot.right - plot.left, fontSize, true).map((t) =>
    xTick(round(x(t)), plot.bottom + fontSize * 1.4, model.x.tick(t), fontSize, width),
  )
  const yTicks = thinTicks(model.y, plot.bottom - plot.top, fontSize, false).map((t) => ({
    at: round(y(t)),
    label: {
      x: plot.left - tickGap,
      y: round(y(t) + fontSize * 0.35),
      text: model.y.tick(t),
      anchor: 'end' as const,
    },
  }))

  const paths: ColoredPath[] = model.series.map((s) => ({
    key: s.key,
    color: s.color,
    dashed: s.dashed ?? false,
    d: s.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${round(x(p.x))} ${round(y(p.y))}`).join(''),
  }))

  const rules = model.rules.map((r): PositionedRule => {
    if (r.axis === 'y') {
      const at = round(y(r.value))
      return {
        x1: plot.left,
        x2: plot.right,
        y1: at,
        y2: at,
        label: { x: plot.right - 4, y: at - fontSize * 0.45, text: r.label, anchor: 'end' },
      }
    }
    const at = round(x(r.value))
    return {
      x1: at,
      x2: at,
      y1: plot.top,
      y2: plot.bottom,
      label: { x: at + 4, y: plot.top + fontSize, text: r.label, anchor: 'start' },
    }
  })

  const obstacles = model.series.flatMap((series) => series.points.map((p) => ({ x: x(p.x), y: y(p.y) })))
  const markers = model.markers.map((m) => placeMarker(m.label, x(m.x), y(m.y), plot, obstacles, fontSize))

  return {
    size,
    plot,
    xTicks,
    yTicks,
    xTitle: xAxisTitle(plot, height, fontSize, model.x.label),
    yTitle: { x: 0, y: fontSize, text: model.y.label, anchor: 'start' },
    paths,
    rules,
    markers,
  }
}

type Side = { right: boolean; above: boolean }

const SIDES: readonly Side[] = [
  { right: true, above: true },
  { right: false, above: true },
  { right: true, above: false },
  { right: false, above: false },
]

/**
 * Puts a marker's label beside its dot on the side (above/below, left/right) where it covers the fewest
 * plotted points and stays inside the plot; the first side in `SIDES` wins a tie.
 */
export function placeMarker(
  label: readonly string[],
  cx: number,
  cy: number,
  plot: Box,
  obstacles: readonly { x: number; y: number }[],
  fontSize: number,
): PositionedMarker {
  const lineHeight = fontSize * 1.25
  const blockWidth = Math.max(...label.map((l, i) => textWidth(l, fontSize, i === 0)))
  const blockHeight = lineHeight * label.length
  const candidates = SIDES.map((side) => {
    const top = side.above ? cy - 10 - blockHeight : cy + 10
    // Beside the dot, then slid sideways as far as needed to stay inside the plot.
    const preferred = side.right ? cx + 8 : cx - 8 - blockWidth
    const left = Math.min(Math.max(preferred, plot.left), plot.right - blockWidth)
    const box = { left: left - 3, right: left + blockWidth + 3, top: top - 2, bottom: top + blockHeight + 2 }
    const covered = obstacles.filter(
      (p) => p.x >= box.left && p.x <= box.right && p.y >= box.top && p.y <= box.bottom,
    ).length
    const outside = box.top < plot.top - fontSize || box.bottom > plot.bottom
    return { side, top, left, score: covered + (outside ? 1000 : 0) }
  })
  const best = candidates.reduce((a, b) => (b.score < a.score ? b : a))
  const right = best.side.right
  return {
    cx: round(cx),
    cy: round(cy),
    lines: label.map((text, i) => ({
      x: round(right ? best.left : best.left + blockWidth),
      y: round(best.top + fontSize + i * lineHeight),
      text,
      anchor: right ? ('start' as const) : ('end' as const),
    })),
  }
}

/** The x axis's title, centred under the plot on the drawing's last line. */
export function xAxisTitle(plot: Box, height: number, fontSize: number, text: string): PositionedText {
  return { x: (plot.left + plot.right) / 2, y: height - fontSize * 0.5, text, anchor: 'middle' }
}

/** An x-axis tick label centred under its tick, or aligned to the drawing's edge when it would overflow it. */
export function xTick(at: number, y: number, text: string, fontSize: number, width: number): AxisTick {
  const half = textWidth(text, fontSize) / 2
  const anchor = at - half < 0 ? 'start' : at + half > width ? 'end' : 'middle'
  const x = anchor === 'start' ? 0 : anchor === 'end' ? width : at
  return { at, label: { x, y: round(y), text, anchor } }
}
