import { DataTable, type DataColumn } from '@/components/ui/data-table'
import { formatFigure } from '@/lib/data/format'
import type { StatusRow } from '@/lib/data/status'
import { formatIsoDate } from '@/lib/format'
import { getDictionary } from '@/lib/i18n'

export type NetworkFigureTableProps = { caption: string; rows: readonly StatusRow[] }

const t = getDictionary().data

const COLUMNS: readonly DataColumn<StatusRow>[] = [
  {
    key: 'figure',
    header: t.columns.figure,
    rowHeader: true,
    cell: ({ id, figure }) => (
      <span id={id} className="block min-w-40 scroll-mt-6">
        {figure.label}
        <code className="block text-xs font-normal text-muted">{id}</code>
      </span>
    ),
  },
  { key: 'value', header: t.columns.value, numeric: true, cell: ({ figure }) => formatFigure(figure) },
  {
    key: 'source',
    header: t.columns.source,
    cell: ({ figure }) => (
      <span className="block min-w-56">
        <a href={figure.source.url} className="underline decoration-line-strong hover:text-text">
          {figure.source.title}
        </a>
        <span className="block text-xs text-muted">
          {figure.source.publisher}, {t.methods[figure.method]}
        </span>
        {figure.secondary ? <strong className="block text-xs font-semibold">{t.secondary}</strong> : null}
        {figure.note === undefined ? null : <span className="block text-xs text-muted">{figure.note}</span>}
      </span>
    ),
  },
  {
    key: 'asOf',
    header: t.columns.asOf,
    cell: ({ figure }) => <time dateTime={figure.asOf}>{formatIsoDate(figure.asOf)}</time>,
  },
  {
    key: 'retrieved',
    header: t.columns.retrieved,
    cell: ({ figure }) => <time dateTime={figure.retrieved}>{formatIsoDate(figure.retrieved)}</time>,
  },
  {
    key: 'age',
    header: t.columns.age,
    numeric: true,
    cell: ({ ageDays, figure }) => (
      <>
        {t.ageDays(ageDays)}
        <span className="block text-xs text-muted">{t.maxAge(figure.maxAgeDays)}</span>
      </>
    ),
  },
  {
    key: 'status',
    header: t.columns.status,
    cell: ({ stale }) =>
      stale ? <strong className="font-semibold text-text">{t.stale}</strong> : <span>{t.current}</span>,
  },
]

/** One network's figures: value, source, dates, age; out-of-date figures are marked in words, not colour alone. */
export function NetworkFigureTable({ caption, rows }: NetworkFigureTableProps) {
  return <DataTable caption={caption} columns={COLUMNS} rows={rows} rowKey={(r) => r.id} />
}
