import { lazy, Suspense, useMemo, useState } from 'react'
import { DataTable } from '@/components/ui/data-table'
import { SegmentedControl } from '@/components/ui/segmented-control'
import { useLoadWhenVisible } from '@/components/ui/use-load-when-visible'
import { enCalculatorIsland } from '@/lib/i18n/en-calculator-island'
import { balancePoints, valueAxisStart } from '@/lib/scenario/chart-data'
import type { BalancePoint } from '@/lib/scenario/chart-data'
import { formatNumber, formatPlain } from '@/lib/format'
import { scenarioToQueryString } from '@/lib/scenario/serialize'
import { Heading } from '@/components/ui/heading'
import { WithNetworkParts } from './network-parts-loader'
import type { CalculatorApi } from './types'

const c = enCalculatorIsland.chart
const CHART_HEIGHT = 288

/**
 * Recharts arrives only after the page has loaded, gone idle and scrolled near the chart (it is only ever
 * rendered once `useLoadWhenVisible` says so, never on the server). React.lazy rather than next/dynamic:
 * next/dynamic's loadable runtime would land in the chunk every page shares.
 */
const BalanceChart = lazy(() => import('./balance-chart'))

function ChartPlaceholder() {
  return (
    <div
      style={{ height: CHART_HEIGHT }}
      className="flex items-center justify-center rounded-lg bg-sunken text-sm text-muted"
    >
      {c.loading}
    </div>
  )
}

/**
 * Balance over time as a chart or as the equivalent table (a toggle); the chart loads lazily so it never
 * delays the first paint. On /calculator and in the widget the table is server-rendered and is what readers
 * without JavaScript get. Inside an article (prerendered, where ~60 rows would weigh ~40 KB of HTML on every
 * load) the table is drawn only when the reader picks it, and readers without JavaScript get a link to the
 * same scenario on /calculator, which shows the table.
 */
export function BalanceSection({ calc, headingLevel }: { calc: CalculatorApi; headingLevel: 2 | 3 | 4 }) {
  const [view, setView] = useState<'chart' | 'table'>('chart')
  const [ref, ready] = useLoadWhenVisible<HTMLDivElement>()
  const s = calc.deferred
  const points = useMemo(() => balancePoints(s), [s])
  const axisStart = valueAxisStart(points)
  const headingId = `${calc.idPrefix}-balance`
  return (
    <section aria-labelledby={headingId} className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <Heading level={headingLevel} id={headingId}>
          {c.heading}
        </Heading>
        <SegmentedControl
          legend={c.view}
          hideLegend
          name={`${calc.idPrefix}-balance-view`}
          size="sm"
          className="js-only"
          options={[
            { value: 'chart', label: c.chart },
            { value: 'table', label: c.table },
          ]}
          value={view}
          onChange={setView}
        />
      </div>
      <p className="text-sm text-muted">{c.description}</p>
      {calc.projection.rates === undefined ? null : (
        <WithNetworkParts
          render={(parts) => <p className="text-sm text-text">{parts.yearlyRatesText(calc.projection)}</p>}
        />
      )}
      <div ref={ref} className={view === 'chart' ? 'js-only' : 'hidden'}>
        {ready ? (
          <Suspense fallback={<ChartPlaceholder />}>
            <BalanceChart points={points} symbol={s.symbol} height={CHART_HEIGHT} axisStart={axisStart} />
          </Suspense>
        ) : (
          <ChartPlaceholder />
        )}
        {axisStart > 0 ? (
          <p className="mt-2 text-sm font-medium text-text">
            {c.axisFromPrincipal(`${formatNumber(axisStart)} ${s.symbol}`)}
          </p>
        ) : null}
      </div>
      {calc.variant !== 'article' || view === 'table' ? (
        <div className={view === 'table' ? '' : 'js-hidden'}>
          <BalanceTable points={points} symbol={s.symbol} />
        </div>
      ) : (
        <p className="js-hidden text-sm">
          <a
            href={`/calculator${scenarioToQueryString(s)}`}
            className="font-semibold text-accent-strong underline"
          >
            {c.tableOnCalculatorPage}
          </a>
        </p>
      )}
    </section>
  )
}

function BalanceTable({ points, symbol }: { points: BalancePoint[]; symbol: string }) {
  return (
    <DataTable
      caption={c.caption(symbol)}
      hideCaption
      maxHeight="22rem"
      rows={points}
      rowKey={(p) => String(p.day)}
      columns={[
        { key: 'day', header: c.day, cell: (p) => formatPlain(p.day, 0), rowHeader: true },
        { key: 'principal', header: c.principal, cell: (p) => formatNumber(p.principal), numeric: true },
        { key: 'rewards', header: c.rewards, cell: (p) => formatNumber(p.rewards), numeric: true },
        { key: 'balance', header: c.balance, cell: (p) => formatNumber(p.balance), numeric: true },
        { key: 'simple', header: c.simple, cell: (p) => formatNumber(p.simple), numeric: true },
      ]}
    />
  )
}
