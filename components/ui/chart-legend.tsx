/**
 * Series names and colours shared by every chart: the Recharts wrapper (`chart.tsx`) and the server-drawn
 * SVG charts (`components/figures`). No Recharts here, so server-only charts never pull it in.
 */
export type ChartColor = 1 | 2 | 3 | 4

export type ChartSeries = {
  label: string
  color: ChartColor
  /** Drawn as a dashed line (and shown dashed in the legend). */
  dashed?: boolean
}

export type ChartConfig = Record<string, ChartSeries>

/** The CSS colour of a palette slot. */
export const chartColor = (color: ChartColor) => `var(--c-chart-${color})`

/** The series named in words, each with its swatch (solid or dashed). */
export function ChartLegend({ config }: { config: ChartConfig }) {
  return (
    <ul className="mt-3 flex flex-wrap gap-x-5 gap-y-1 text-sm text-muted">
      {Object.entries(config).map(([key, series]) => (
        <li key={key} className="flex items-center gap-2">
          <svg aria-hidden="true" viewBox="0 0 24 12" className="h-3 w-6 shrink-0">
            {series.dashed ? (
              <path d="M0 6h24" stroke={chartColor(series.color)} strokeWidth="3" strokeDasharray="5 3" />
            ) : (
              <rect width="24" height="12" rx="2" fill={chartColor(series.color)} />
            )}
          </svg>
          {series.label}
        </li>
      ))}
    </ul>
  )
}
