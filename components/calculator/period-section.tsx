import { Button, buttonClass } from '@/components/ui/button'
import { DataTable } from '@/components/ui/data-table'
import { SegmentedControl } from '@/components/ui/segmented-control'
import type { PeriodRow, PeriodUnit } from '@/lib/calculator'
import { enCalculatorDeferred } from '@/lib/i18n/en-calculator-deferred'
import { enCalculatorIsland } from '@/lib/i18n/en-calculator-island'
import { formatFiat, formatNumber } from '@/lib/format'
import { scenarioToQueryString } from '@/lib/scenario/serialize'
import { Heading } from '@/components/ui/heading'
import type { Scenario } from '@/lib/scenario/types'
import { LineIcon } from '@/components/ui/line-icon'
import { periodUnitName } from './period-unit'

const t = enCalculatorDeferred.periods
/** Rows shown before "Show all" (a century by month is 1,200 rows). */
export const FIRST_ROWS = 36

/** Where the CSV of a scenario's period table downloads from (works without JavaScript). */
export function csvHref(query: string, unit: PeriodUnit): string {
  const params = new URLSearchParams(query)
  params.set('period', unit)
  return `/calculator/export.csv?${params.toString()}`
}

export type PeriodViewProps = {
  idPrefix: string
  scenario: Scenario
  unit: PeriodUnit
  rows: PeriodRow[]
  showAll: boolean
  /** Absent in the server-rendered view, which becomes interactive when the live sections load. */
  onUnit?: (unit: PeriodUnit) => void
  onShowAll?: () => void
}

/** The projection year by year or month by month (the engine's `periodTable`), with the CSV download. */
export function PeriodView({
  idPrefix,
  scenario: s,
  unit,
  rows,
  showAll,
  onUnit,
  onShowAll,
}: PeriodViewProps) {
  const shown = showAll ? rows : rows.slice(0, FIRST_ROWS)
  const headingId = `${idPrefix}-periods`
  const c = t.columns
  return (
    <section aria-labelledby={headingId} className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <Heading level={2} id={headingId}>
          {t.heading}
        </Heading>
        <SegmentedControl
          legend={t.unit}
          hideLegend
          name={periodUnitName(idPrefix)}
          size="sm"
          className="js-only"
          options={[
            { value: 'year', label: t.year },
            { value: 'month', label: t.month },
          ]}
          value={unit}
          onChange={onUnit}
        />
      </div>
      {rows.length === 0 ? (
        <p className="text-muted">{t.empty}</p>
      ) : (
        <DataTable<PeriodRow>
          caption={t.caption(unit, s.symbol)}
          hideCaption
          rows={shown}
          rowKey={(row) => row.label}
          columns={[
            { key: 'period', header: c.period, cell: (row) => row.label, rowHeader: true },
            { key: 'start', header: c.start, cell: (row) => formatNumber(row.startBalance), numeric: true },
            { key: 'rewards', header: c.rewards, cell: (row) => formatNumber(row.rewards), numeric: true },
            { key: 'end', header: c.end, cell: (row) => formatNumber(row.endBalance), numeric: true },
            {
              key: 'cumulative',
              header: c.cumulative,
              cell: (row) => formatNumber(row.cumulativeRewards),
              numeric: true,
            },
            ...(s.price === undefined
              ? []
              : [
                  {
                    key: 'value',
                    header: `${c.endValue} (${s.currency})`,
                    cell: (row: PeriodRow) => formatFiat(row.endValue ?? 0, s.currency),
                    numeric: true,
                  },
                ]),
          ]}
        />
      )}
      <div className="flex flex-wrap items-center gap-3">
        {rows.length > shown.length ? (
          <>
            <p className="text-sm text-muted">{t.shown(shown.length, rows.length)}</p>
            <Button onClick={onShowAll}>{t.showAll(rows.length)}</Button>
          </>
        ) : null}
        <a href={csvHref(scenarioToQueryString(s), unit)} download className={buttonClass('secondary')}>
          <LineIcon strokeWidth={1.8}>
            <path d="M10 3v10m0 0-4-4m4 4 4-4M4 16h12" />
          </LineIcon>
          {enCalculatorIsland.share.csv}
        </a>
        <p className="text-sm text-muted">{enCalculatorIsland.share.csvHint}</p>
      </div>
    </section>
  )
}
