import { formatTable } from './refresh/report'
import type { NetworkFigure, Snapshot } from './schema'
import { figureAgeDays, isStale } from './staleness'

export type StatusRow = { id: string; figure: NetworkFigure; ageDays: number; stale: boolean }

/** Every figure with its age on `today` and whether it is stale (pure). */
export function statusRows(data: Snapshot, today: string): StatusRow[] {
  return Object.entries(data.figures)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, figure]) => ({
      id,
      figure,
      ageDays: figureAgeDays(figure, today),
      stale: isStale(figure, today),
    }))
}

const number = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 8 })

/** The table `npm run data:status` prints, stale figures marked STALE and secondary ones marked. */
export function formatStatus(rows: readonly StatusRow[], today: string): string {
  const table = formatTable(
    ['figure', 'value', 'as of', 'age (days)', 'max', 'method', 'state'],
    rows.map(({ id, figure, ageDays, stale }) => [
      id,
      `${number.format(figure.value)} ${figure.unit}`,
      figure.asOf,
      String(ageDays),
      String(figure.maxAgeDays),
      figure.method,
      [stale ? 'STALE' : 'ok', figure.secondary ? 'secondary source' : ''].filter(Boolean).join(', '),
    ]),
  )
  const stale = rows.filter((r) => r.stale).length
  return `${table}\n\n${rows.length} figures on ${today}: ${stale} stale.`
}
