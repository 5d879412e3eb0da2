import type { ChartColor, TimelineChartModel } from './chart-model'
import { thinTicks, xAxisTitle, xTick, type AxisTick } from './chart-layout'
import type { Box, LayoutSize, PositionedText } from './layout-types'
import { round } from './layout-types'
import { makeScale } from './scale'
import { textWidth } from './text'

export type PositionedSegment = {
  x: number
  y: number
  width: number
  height: number
  color: ChartColor
  /** The phase name inside the bar, when it fits. */
  label: PositionedText | null
}

export type PositionedTimelineRow = {
  title: PositionedText
  total: PositionedText
  segments: PositionedSegment[]
}

export type TimelineLayout = {
  size: LayoutSize
  plot: Box
  xTicks: AxisTick[]
  xTitle: PositionedText
  rows: PositionedTimelineRow[]
}

/** Bars need at least this many units so a phase of minutes still shows as a sliver. */
const MIN_BAR = 3

/**
 * Lays out a timeline: each row's name above its bar, the total at the bar's end (inside the plot's right
 * margin), then the day axis. The height follows from the number of rows, so `size.height` is ignored.
 */
export function layoutTimeline(model: TimelineChartModel, size: LayoutSize): TimelineLayout {
  const { width, fontSize } = size
  const lineHeight = fontSize * 1.3
  const barHeight = Math.round(fontSize * 1.7)
  const rowHeight = lineHeight + barHeight + fontSize * 0.9
  const totalWidth = Math.max(...model.rows.map((r) => textWidth(r.total, fontSize, true)))
  const plot: Box = {
    left: Math.round(fontSize * 0.8),
    top: Math.round(fontSize * 0.4),
    right: Math.round(width - totalWidth - fontSize * 1.2),
    bottom: Math.round(fontSize * 0.4 + rowHeight * model.rows.length),
  }
  const x = makeScale(model.x.scale, [model.x.min, model.x.max], [plot.left, plot.right])
  const rows = model.rows.map((row, i): PositionedTimelineRow => {
    const top = plot.top + i * rowHeight
    const barTop = round(top + lineHeight + fontSize * 0.2)
    const segments = row.segments.map((s): PositionedSegment => {
      const x0 = round(x(s.start))
      const w = round(Math.max(MIN_BAR, x(s.end) - x(s.start)))
      const fits = textWidth(s.label, fontSize * 0.92) + fontSize < w
      return {
        x: x0,
        y: barTop,
        width: w,
        height: barHeight,
        color: s.color,
        label: fits
          ? {
              x: round(x0 + w / 2),
              y: round(barTop + barHeight / 2 + fontSize * 0.33),
              text: s.label,
              anchor: 'middle',
            }
          : null,
      }
    })
    const end = Math.max(...segments.map((s) => s.x + s.width))
    return {
      title: { x: plot.left, y: round(top + fontSize), text: row.label, anchor: 'start' },
      total: {
        x: round(end + fontSize * 0.5),
        y: round(barTop + barHeight / 2 + fontSize * 0.35),
        text: row.total,
        anchor: 'start',
      },
      segments,
    }
  })
  const height = Math.round(plot.bottom + fontSize * 3.6)
  const xTicks = thinTicks(model.x, plot.right - plot.left, fontSize, true).map((t) =>
    xTick(round(x(t)), plot.bottom + fontSize * 1.4, model.x.tick(t), fontSize, width),
  )
  return {
    size: { ...size, height },
    plot,
    xTicks,
    xTitle: xAxisTitle(plot, height, fontSize, model.x.label),
    rows,
  }
}
