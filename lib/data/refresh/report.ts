import type { RefreshRow } from './apply'

const number = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 8 })
const percent = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2, signDisplay: 'exceptZero' })

/** Left-aligned columns separated by two spaces; the last column is not padded. */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)))
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd()
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n')
}

const show = (value: number | undefined) => (value === undefined ? '—' : number.format(value))

function statusText(row: RefreshRow): string {
  if (row.status === 'failed') return `FAILED, kept old value: ${row.reason ?? ''}`
  if (row.status === 'refused') return `REFUSED, kept old value: ${row.reason ?? ''}`
  return row.status
}

/** The table `npm run data:refresh` prints: old → new with the change in percent and every failure. */
export function formatRefreshReport(
  rows: readonly RefreshRow[],
  summary: { written: boolean; snapshotPath: string; manualIds: readonly string[] },
): string {
  const table = formatTable(
    ['figure', 'old', 'new', 'change', 'status'],
    rows.map((r) => [
      r.id,
      show(r.old),
      r.status === 'failed' ? '—' : show(r.new),
      r.changePct === undefined ? '—' : `${percent.format(r.changePct)}%`,
      statusText(r),
    ]),
  )
  const count = (status: RefreshRow['status']) => rows.filter((r) => r.status === status).length
  const lines = [
    table,
    '',
    `${count('updated')} updated, ${count('unchanged')} unchanged, ${count('failed')} failed, ${count('refused')} refused.`,
    summary.written
      ? `Wrote ${summary.snapshotPath}.`
      : `Nothing could be read: ${summary.snapshotPath} is unchanged.`,
  ]
  if (summary.manualIds.length > 0) {
    lines.push(
      `Kept by hand (not fetched; check them against their sources): ${summary.manualIds.join(', ')}.`,
    )
  }
  return lines.join('\n')
}
