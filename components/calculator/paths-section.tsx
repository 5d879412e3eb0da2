import { DataTable } from '@/components/ui/data-table'
import { enCalculator } from '@/lib/i18n/en-calculator'
import type { PathComparison } from '@/lib/scenario/analysis'
import { formatNumber, formatRate } from '@/lib/format'
import { Heading } from '@/components/ui/heading'
import type { Scenario } from '@/lib/scenario/types'

const t = enCalculator.paths

/** Solo, pooled, liquid and exchange staking side by side (the engine's `compareStakingPaths`). */
export function PathsView({
  idPrefix,
  scenario: s,
  rows,
}: {
  idPrefix: string
  scenario: Scenario
  rows: PathComparison[] | null
}) {
  const headingId = `${idPrefix}-paths`
  const c = t.columns
  return (
    <section aria-labelledby={headingId} className="space-y-4">
      <Heading level={2} id={headingId}>
        {t.heading}
      </Heading>
      <p className="text-muted">{t.lead}</p>
      {rows === null ? (
        <p className="text-muted">{enCalculator.outcomes.unavailable}</p>
      ) : (
        <DataTable<PathComparison>
          caption={t.heading}
          hideCaption
          rows={rows}
          rowKey={(row) => row.id}
          columns={[
            { key: 'path', header: c.path, cell: (row) => row.label, rowHeader: true },
            { key: 'fee', header: c.fee, cell: (row) => feeText(row, s.symbol), numeric: true },
            { key: 'net', header: c.netApr, cell: (row) => formatRate(row.netApr), numeric: true },
            {
              key: 'rewards',
              header: `${c.rewards} (${s.symbol})`,
              cell: (row) => formatNumber(row.rewards),
              numeric: true,
            },
            {
              key: 'final',
              header: `${c.final} (${s.symbol})`,
              cell: (row) => finalText(row),
              numeric: true,
            },
            {
              key: 'wait',
              header: c.wait,
              cell: (row) => (row.waitDays === null ? '—' : enCalculator.liquidity.days(row.waitDays)),
              numeric: true,
            },
          ]}
        />
      )}
      {s.network === undefined ? <p className="text-sm text-muted">{t.noNetwork}</p> : null}
    </section>
  )
}

function feeText(row: PathComparison, symbol: string): string {
  const fixed =
    row.fees.fixedCosts > 0 ? ` + ${formatNumber(row.fees.fixedCosts)} ${symbol} ${t.running}` : ''
  return `${formatRate(row.feeShare)}${fixed}`
}

function finalText(row: PathComparison) {
  if (row.eligible) return formatNumber(row.finalBalance)
  return (
    <span className="text-left whitespace-normal">
      {formatNumber(row.finalBalance)}
      <span className="block text-xs text-muted">
        {t.notEligible}: {row.ineligibleReason}
      </span>
    </span>
  )
}
