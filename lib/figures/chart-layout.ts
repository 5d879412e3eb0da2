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

  const xTicks = thinTicks(model.x, plot.right - plot.left, fontSize, true).map((t) => ({
    at: round(x(t)),
    label: {
      x: round(x(t)),
      y: plot.bottom + fontSize * 1.4,
      text: model.x.tick(t),
      anchor: 'middle' as const,
    },
  }))
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

  const lineHeight = fontSize * 1.25
  const markers = model.markers.map((m): PositionedMarker => {
    const cx = round(x(m.x))
    const cy = round(y(m.y))
    const toRight = cx < (plot.left + plot.right) / 2
    const blockHeight = lineHeight * m.label.length
    // Above the dot when there is room, otherwise below it.
    const firstBaseline =
      cy - 12 - blockHeight > plot.top ? cy - 12 - blockHeight + fontSize : cy + 14 + fontSize
    const lx = toRight ? cx + 8 : cx - 8
    return {
      cx,
      cy,
      lines: m.label.map((text, i) => ({
        x: lx,
        y: round(firstBaseline + i * lineHeight),
        text,
        anchor: toRight ? ('start' as const) : ('end' as const),
      })),
    }
  })

  return {
    size,
    plot,
    xTicks,
    yTicks,
    xTitle: {
      x: (plot.left + plot.right) / 2,
      y: height - fontSize * 0.5,
      text: model.x.label,
      anchor: 'middle',
    },
    yTitle: { x: 0, y: fontSize, text: model.y.label, anchor: 'start' },
    paths,
    rules,
    markers,
  }
}
