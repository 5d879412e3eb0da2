import { Area, CartesianGrid, ComposedChart, Line, Tooltip, XAxis, YAxis } from 'recharts'
import { AXIS_PROPS, ChartContainer, ChartTooltip, GRID_PROPS } from '@/components/ui/chart'
import type { ChartConfig } from '@/components/ui/chart'
import { enCalculatorIsland } from '@/lib/i18n/en-calculator-island'
import type { BalancePoint } from '@/lib/scenario/chart-data'
import { formatNumber, formatPlain } from '@/lib/format'

const c = enCalculatorIsland.chart

export const BALANCE_CHART_CONFIG = {
  principal: { label: c.principal, color: 4 },
  rewards: { label: c.rewards, color: 1 },
  simple: { label: c.simple, color: 2, dashed: true },
} satisfies ChartConfig

export type BalanceChartProps = {
  points: BalancePoint[]
  symbol: string
  height: number
  /** Where the value axis starts (`valueAxisStart`): 0, or the principal so that small rewards show. */
  axisStart: number
}

/**
 * Balance over time: principal and compounded rewards stacked, and the balance without compounding as a
 * dashed line. Loaded lazily (it brings Recharts); its data table is rendered with the page.
 */
export default function BalanceChart({ points, symbol, height, axisStart }: BalanceChartProps) {
  return (
    <ChartContainer config={BALANCE_CHART_CONFIG} label={c.caption(symbol)} height={height}>
      <ComposedChart
        data={points}
        margin={{ top: 8, right: 8, bottom: 12, left: 0 }}
        accessibilityLayer={false}
      >
        <CartesianGrid {...GRID_PROPS} />
        <XAxis
          {...AXIS_PROPS}
          dataKey="day"
          type="number"
          domain={['dataMin', 'dataMax']}
          tickFormatter={(d: number) => formatPlain(d, 0)}
          label={{
            value: c.axisDays,
            position: 'insideBottomRight',
            offset: -4,
            fill: 'var(--c-muted)',
            fontSize: 12,
          }}
        />
        <YAxis
          {...AXIS_PROPS}
          width={72}
          tickFormatter={(v: number) => formatPlain(v, 2)}
          domain={[axisStart, 'auto']}
          allowDataOverflow={axisStart > 0}
        />
        <Tooltip
          content={(props) => (
            <ChartTooltip
              active={props.active}
              payload={props.payload}
              label={props.label}
              config={BALANCE_CHART_CONFIG}
              formatLabel={(day) => `${c.day} ${String(day)}`}
              formatValue={(value) => `${formatNumber(value)} ${symbol}`}
            />
          )}
        />
        <Area
          type="monotone"
          dataKey="principal"
          stackId="balance"
          stroke="var(--color-principal)"
          fill="var(--color-principal)"
          fillOpacity={0.35}
          isAnimationActive={false}
        />
        <Area
          type="monotone"
          dataKey="rewards"
          stackId="balance"
          stroke="var(--color-rewards)"
          fill="var(--color-rewards)"
          fillOpacity={0.45}
          isAnimationActive={false}
        />
        <Line
          type="monotone"
          dataKey="simple"
          stroke="var(--color-simple)"
          strokeWidth={2}
          strokeDasharray="6 4"
          dot={false}
          isAnimationActive={false}
        />
      </ComposedChart>
    </ChartContainer>
  )
}
