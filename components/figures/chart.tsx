import {
  CHARTS,
  isChartId,
  layoutLineChart,
  layoutTimeline,
  NARROW,
  WIDE,
  type ChartModel,
  type LayoutSize,
} from '@/lib/figures'
import { getDictionary } from '@/lib/i18n'
import { ChartLegend, type ChartConfig } from '@/components/ui/chart-legend'
import { DataTable } from '@/components/ui/data-table'
import { FigureFrame } from './figure-frame'
import { LineChartSvg } from './line-chart-svg'
import { TimelineSvg } from './timeline-svg'

export type ChartProps = {
  /** A chart id from `lib/figures/charts/index.ts`, e.g. "eth-apr-vs-staked". */
  id: string
}

function drawing(model: ChartModel, size: LayoutSize) {
  if (model.kind === 'timeline')
    return <TimelineSvg layout={layoutTimeline(model, size)} label={model.title} />
  return (
    <LineChartSvg
      layout={layoutLineChart(model, size)}
      label={model.title}
      color={model.series[0]?.color ?? 1}
    />
  )
}

function legendOf(model: ChartModel): ChartConfig | null {
  if (model.kind === 'timeline')
    return Object.fromEntries(model.legend.map((l) => [l.label, { label: l.label, color: l.color }]))
  if (model.series.length < 2) return null
  return Object.fromEntries(
    model.series.map((s) => [s.key, { label: s.label, color: s.color, dashed: s.dashed }]),
  )
}

/**
 * A chart computed by the staking engine when the page is built, drawn on the server as inline SVG (no
 * client JavaScript), with its numbers as a table.
 *
 * @example
 * <Chart id="eth-apr-vs-staked" />
 */
export function Chart({ id }: ChartProps) {
  if (!isChartId(id))
    throw new Error(`<Chart id="${id}">: unknown chart id (see lib/figures/charts/index.ts)`)
  const model = CHARTS[id]()
  const legend = legendOf(model)
  const t = getDictionary()
  return (
    <FigureFrame
      narrow={drawing(model, NARROW)}
      wide={drawing(model, WIDE)}
      caption={model.caption}
      legend={legend && <ChartLegend config={legend} />}
      note={`${model.note} ${t.disclaimer.short}`}
      alternativeLabel={t.figure.chartAlternative}
      alternative={
        <DataTable
          caption={model.table.caption}
          columns={model.table.columns.map((c) => ({
            key: c.key,
            header: c.header,
            numeric: c.numeric,
            rowHeader: c.rowHeader,
            cell: (row: Readonly<Record<string, string>>) => row[c.key] ?? '',
          }))}
          rows={model.table.rows}
          rowKey={(_, i) => String(i)}
        />
      }
    />
  )
}
