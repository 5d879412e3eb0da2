import type { ScaleKind } from './scale'

/**
 * What a chart shows, independent of size: the data (from the engine), axes, and the table alternative.
 * Built once per chart id at build time (`charts/index.ts`); laid out for each width by `chart-layout.ts`.
 */

/** A palette slot: the theme tokens `--c-chart-1 … 4` in app/globals.css (light, dark and print values). */
export type ChartColor = 1 | 2 | 3 | 4

export type ChartPoint = { x: number; y: number }

export type LineSeries = {
  key: string
  label: string
  color: ChartColor
  dashed?: boolean
  points: readonly ChartPoint[]
}

export type ChartAxis = {
  /** Axis title as readers see it, with its unit, e.g. "Total ETH staked (millions)". */
  label: string
  min: number
  max: number
  scale: ScaleKind
  ticks: readonly number[]
  /** Tick text for a value, e.g. 0.05 → "5%". */
  tick: (value: number) => string
}

/** A point the caption talks about (e.g. today's figure), drawn as a dot with a short label. */
export type ChartMarker = { x: number; y: number; label: readonly string[] }

/** A labelled reference line across the plot, e.g. the terminal inflation rate. */
export type ChartRule = { axis: 'x' | 'y'; value: number; label: string }

export type TableColumn = { key: string; header: string; numeric?: boolean; rowHeader?: boolean }

/** The chart's numbers as a table: every chart has one (the text alternative). */
export type ChartTable = {
  caption: string
  columns: readonly TableColumn[]
  rows: readonly Readonly<Record<string, string>>[]
}

type ChartBase = {
  id: string
  /** Accessible name of the picture: what it shows, in one line. */
  title: string
  /** The visible caption: one or two sentences saying what to notice. */
  caption: string
  /** Inputs and sources behind the numbers, shown under the chart. */
  note: string
  table: ChartTable
}

export type LineChartModel = ChartBase & {
  kind: 'line'
  x: ChartAxis
  y: ChartAxis
  series: readonly LineSeries[]
  markers: readonly ChartMarker[]
  rules: readonly ChartRule[]
}

export type TimelineSegment = { label: string; start: number; end: number; color: ChartColor }

export type TimelineRow = {
  label: string
  /** Total shown at the end of the bar, e.g. "≈ 21 days". */
  total: string
  segments: readonly TimelineSegment[]
}

/** Horizontal bars of consecutive phases, one row per case (e.g. one per network). */
export type TimelineChartModel = ChartBase & {
  kind: 'timeline'
  x: ChartAxis
  rows: readonly TimelineRow[]
  /** Phase names with their colours (the legend), in order of first appearance. */
  legend: readonly { label: string; color: ChartColor }[]
}

export type ChartModel = LineChartModel | TimelineChartModel
