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
/**
 * Body rows and cells are styled once from the table (not per cell): a year-by-year table has hundreds of
 * cells, and per-cell class lists were ~40 KB of every page that renders one (HTML plus its RSC payload).
 */
const BODY_STYLES = [
  'w-full border-collapse text-sm',
  '[&_tbody_tr]:border-b [&_tbody_tr]:border-line [&_tbody_tr:last-child]:border-0 [&_tbody_tr:nth-child(even)]:bg-sunken/40',
  '[&_tbody_:is(td,th)]:px-3 [&_tbody_:is(td,th)]:py-1.5 [&_tbody_:is(td,th)]:text-text',
  '[&_tbody_th]:text-left [&_tbody_th]:font-medium [&_tbody_th]:whitespace-nowrap',
  '[&_.num]:text-right [&_.num]:whitespace-nowrap [&_.num]:tabular-nums',
].join(' ')

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
      className={`overflow-auto rounded-lg border border-line ${className}`}
      style={maxHeight ? { maxHeight } : undefined}
    >
      <table className={BODY_STYLES}>
        <caption className={hideCaption ? 'sr-only' : 'px-3 py-2 text-left text-sm font-semibold text-text'}>
          {caption}
        </caption>
        <thead className="sticky top-0 bg-sunken">
          <tr>
            {columns.map((c) => (
              <th
                key={c.key}
                scope="col"
                className={`border-b border-line px-3 py-2 font-semibold whitespace-nowrap text-text ${c.numeric ? 'text-right' : 'text-left'}`}
              >
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={rowKey(row, i)}>
              {columns.map((c) =>
                c.rowHeader ? (
                  <th key={c.key} scope="row">
                    {c.cell(row)}
                  </th>
                ) : (
                  <td key={c.key} className={c.numeric ? 'num' : undefined}>
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
