import { cn } from './cn'
import type { ReactNode } from 'react'

export type DataColumn<Row> = {
  key: string
  header: ReactNode
  cell: (row: Row) => ReactNode
  /** Right-aligned, tabular figures. */
  numeric?: boolean
  /** The column whose cell names the row (rendered as a row header). */
  rowHeader?: boolean
}

export type DataTableProps<Row> = {
  caption: ReactNode
  /** Hide the caption visually (it still names the table and the scroll region). */
  hideCaption?: boolean
  columns: readonly DataColumn<Row>[]
  rows: readonly Row[]
  rowKey: (row: Row, index: number) => string
  /** Limit the height; the table then scrolls inside its region. */
  maxHeight?: string
  className?: string
}

/**
 * An accessible data table: a caption, column headers, row headers, tabular numbers, and a focusable region
 * that scrolls sideways (and down, with `maxHeight`) instead of stretching the page. Also the alternative to
 * every chart.
 */
export function DataTable<Row>({
  caption,
  hideCaption = false,
  columns,
  rows,
  rowKey,
  maxHeight,
  className = '',
}: DataTableProps<Row>) {
  return (
    <div
      role="region"
      aria-label={typeof caption === 'string' ? caption : undefined}
      tabIndex={0}
      className={cn('overflow-auto rounded-lg border border-line', className)}
      style={maxHeight ? { maxHeight } : undefined}
    >
      <table className="w-full border-collapse text-sm">
        <caption className={hideCaption ? 'sr-only' : 'px-3 py-2 text-left text-sm font-semibold text-text'}>
          {caption}
        </caption>
        <thead className="sticky top-0 bg-sunken">
          <tr>
            {columns.map((c) => (
              <th
                key={c.key}
                scope="col"
                className={cn(
                  'border-b border-line px-3 py-2 font-semibold whitespace-nowrap text-text',
                  c.numeric ? 'text-right' : 'text-left',
                )}
              >
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={rowKey(row, i)} className="border-b border-line last:border-0 even:bg-sunken/40">
              {columns.map((c) =>
                c.rowHeader ? (
                  <th
                    key={c.key}
                    scope="row"
                    className="px-3 py-1.5 text-left font-medium whitespace-nowrap text-text"
                  >
                    {c.cell(row)}
                  </th>
                ) : (
                  <td
                    key={c.key}
                    className={cn(
                      'px-3 py-1.5 text-text',
                      c.numeric && 'text-right whitespace-nowrap tabular-nums',
                    )}
                  >
                    {c.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
