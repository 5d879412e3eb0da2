import { DataTable } from '@/components/ui/data-table'
import { enCalculatorDeferred } from '@/lib/i18n/en-calculator-deferred'
import type { PathComparison } from '@/lib/scenario/analysis'
import { formatExactTokens, formatNumber, formatRate } from '@/lib/format'
import { Heading } from '@/components/ui/heading'
import type { Scenario } from '@/lib/scenario/types'
import { NETWORK_PRESETS, POOLED_CREDENTIALS_DEFAULT } from '@/lib/calculator'
import type { PathId, PathIneligibility } from '@/lib/calculator'

const t = enCalculatorDeferred.paths

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
        <p className="text-muted">{enCalculatorDeferred.outcomes.unavailable}</p>
      ) : (
        <DataTable<PathComparison>
          caption={t.heading}
          hideCaption
          stackOnPhone
          rows={rows}
          rowKey={(row) => row.id}
          columns={[
            { key: 'path', header: c.path, cell: (row) => t.names[row.id], rowHeader: true },
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
              cell: (row) =>
                row.waitDays === null ? '—' : enCalculatorDeferred.liquidity.days(row.waitDays),
              numeric: true,
            },
          ]}
        />
      )}
      {rows === null ? null : <IneligibleNotes idPrefix={idPrefix} rows={rows} symbol={s.symbol} />}
      {rows === null ? null : <PoolCredentialsNote rows={rows} />}
      {s.network === undefined ? <p className="text-sm text-muted">{t.noNetwork}</p> : null}
    </section>
  )
}

function feeText(row: PathComparison, symbol: string): string {
  const fixed =
    row.fees.fixedCosts > 0 ? ` + ${formatNumber(row.fees.fixedCosts)} ${symbol} ${t.running}` : ''
  return `${formatRate(row.feeShare)}${fixed}`
}

/** An available path's final balance; for one that is not available, a short mark (the reason is below). */
function finalText(row: PathComparison) {
  if (row.eligible) return formatNumber(row.finalBalance)
  return <span className="text-muted">{t.notEligible}</span>
}

/** The reasons paths are not available, under the table instead of inside a number cell. */
function IneligibleNotes({
  idPrefix,
  rows,
  symbol,
}: {
  idPrefix: string
  rows: PathComparison[]
  symbol: string
}) {
  const notes = rows.filter((row) => !row.eligible)
  if (notes.length === 0) return null
  const headingId = `${idPrefix}-paths-notes`
  return (
    <div className="text-sm text-muted">
      <p id={headingId} className="font-semibold text-text">
        {t.notEligibleNotes}
      </p>
      <ul aria-labelledby={headingId} className="mt-1 list-disc space-y-1 pl-5">
        {notes.map((row) => (
          <li key={row.id}>
            <span className="font-medium text-text">{t.names[row.id]}</span>:{' '}
            {row.ineligible.map((reason) => ineligibleText(reason, row.id, symbol)).join(' ')}
          </li>
        ))}
      </ul>
    </div>
  )
}

/** Ethereum: which withdrawal credentials the pool row assumes, with the source of the default. */
function PoolCredentialsNote({ rows }: { rows: PathComparison[] }) {
  const kind = rows.find((row) => row.id === 'pooled')?.credentials
  if (kind === undefined) return null
  const source = POOLED_CREDENTIALS_DEFAULT.source
  return (
    <p className="text-sm text-muted">
      {t.poolCredentials(kind)}{' '}
      <a href={source.url} className="underline hover:text-text" rel="noopener">
        {source.title}
      </a>
      .
    </p>
  )
}

/** One reason a path is not available, in words (the engine gives a code and numbers). */
function ineligibleText(reason: PathIneligibility, path: PathId, symbol: string): string {
  const w = t.ineligible
  switch (reason.code) {
    case 'not-offered':
      return w['not-offered'](NETWORK_PRESETS[reason.network].name, t.names[path].toLowerCase())
    case 'below-minimum':
      return w['below-minimum'](
        formatExactTokens(reason.minimum, symbol),
        formatExactTokens(reason.principal, symbol),
      )
    case 'price-needed':
      return w['price-needed']
  }
}
