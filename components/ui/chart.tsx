import { cn } from './cn'
import type { CSSProperties, ReactElement, ReactNode } from 'react'
import { ResponsiveContainer } from 'recharts'
import { ChartLegend, chartColor, type ChartConfig } from './chart-legend'

/**
 * The one Recharts wrapper of the site. Series are declared in a typed `ChartConfig`; their colours are the
 * CSS variables `--c-chart-1 … 4` from app/globals.css (light and dark values through `light-dark()`), exposed
 * to the chart as `var(--color-<key>)`. The chart itself is hidden from assistive technology: every chart
 * must have a data-table alternative (`components/ui/data-table.tsx`), and the legend names each series in
 * words, never by colour alone.
 *
 * Recharts is about 107 KB gzip: import this module only from a component loaded lazily, e.g. with
 * `React.lazy(() => import('./my-chart'))`, rendered only once `useLoadWhenVisible` is true.
 *
 * @example
 * const config = { principal: { label: 'Principal', color: 4 } } satisfies ChartConfig
 * <ChartContainer config={config} label="Balance over time" height={288}>
 *   <AreaChart data={data}><Area dataKey="principal" fill="var(--color-principal)" /></AreaChart>
 * </ChartContainer>
 */
export { ChartLegend, chartColor }
export type { ChartColor, ChartConfig, ChartSeries } from './chart-legend'

/** Shared axis styling: muted ticks, no tick lines. */
export const AXIS_PROPS = {
  stroke: 'var(--c-line-strong)',
  tick: { fill: 'var(--c-muted)', fontSize: 12 },
  tickLine: false,
} as const

export const GRID_PROPS = { stroke: 'var(--c-line)', strokeDasharray: '3 3', vertical: false } as const

type ChartContainerProps = {
  config: ChartConfig
  /** Names the figure (its accessible name). */
  label: string
  height: number
  children: ReactElement
  className?: string
}

export function ChartContainer({ config, label, height, children, className = '' }: ChartContainerProps) {
  const vars = Object.fromEntries(
    Object.entries(config).map(([key, series]) => [`--color-${key}`, chartColor(series.color)]),
  ) as CSSProperties
  return (
    <figure role="group" aria-label={label} className={cn('m-0', className)} style={vars}>
      <div aria-hidden="true" style={{ height }} className="w-full min-w-0 text-muted">
        {/* A fixed height: Recharts never measures a 0 × 0 box (and warns) while the container is laid out. */}
        <ResponsiveContainer width="100%" height={height}>
          {children}
        </ResponsiveContainer>
      </div>
      <ChartLegend config={config} />
    </figure>
  )
}

type TooltipEntry = { dataKey?: unknown; value?: unknown }

export type ChartTooltipProps = {
  active?: boolean
  payload?: readonly TooltipEntry[]
  label?: unknown
  config: ChartConfig
  formatLabel: (label: unknown) => ReactNode
  formatValue: (value: number, key: string) => ReactNode
}

/** Tooltip content in the site's colours, listing each series by its configured label. */
export function ChartTooltip({
  active,
  payload,
  label,
  config,
  formatLabel,
  formatValue,
}: ChartTooltipProps) {
  if (!active || !payload || payload.length === 0) return null
  return (
    <div className="rounded-md border border-line bg-surface px-3 py-2 text-sm text-text shadow-lg">
      <p className="font-semibold">{formatLabel(label)}</p>
      <ul className="mt-1 space-y-0.5">
        {payload.map((entry) => {
          const key = String(entry.dataKey)
          const series = config[key]
          if (!series || typeof entry.value !== 'number') return null
          return (
            <li key={key} className="flex items-center gap-2">
              <span
                aria-hidden="true"
                className="size-2.5 rounded-sm"
                style={{ background: chartColor(series.color) }}
              />
              <span className="text-muted">{series.label}:</span>
              <span className="tabular-nums">{formatValue(entry.value, key)}</span>
            </li>
          )
        })}
      </ul>
    </div>
  )
}
