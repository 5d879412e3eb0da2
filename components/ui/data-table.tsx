import { cva } from 'class-variance-authority'
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
  /**
   * Below the `sm` breakpoint, show each row as a card (its header, then one "column: value" line per cell)
   * instead of a table that scrolls sideways. Explicit table roles keep the semantics that CSS display changes
   * drop in some browsers.
   */
  stackOnPhone?: boolean
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
  stackOnPhone = false,
}: DataTableProps<Row>) {
  const role = (name: string) => (stackOnPhone ? name : undefined)
  return (
    <div
      role="region"
      aria-label={typeof caption === 'string' ? caption : undefined}
      tabIndex={0}
      className={region({ stackOnPhone })}
      style={maxHeight ? { maxHeight } : undefined}
    >
      <table role={role('table')} className={table({ stackOnPhone })}>
        <caption className={hideCaption ? 'sr-only' : 'px-3 py-2 text-left text-sm font-semibold text-text'}>
          {caption}
        </caption>
        <thead role={role('rowgroup')} className="sticky top-0 bg-sunken">
          <tr role={role('row')}>
            {columns.map((c) => (
              <th
                key={c.key}
                scope="col"
                role={role('columnheader')}
                className={columnHeader({ numeric: Boolean(c.numeric) })}
              >
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role={role('rowgroup')}>
          {rows.map((row, i) => (
            <tr
              role={role('row')}
              key={rowKey(row, i)}
              className="border-b border-line last:border-0 even:bg-sunken/40"
            >
              {columns.map((c) =>
                c.rowHeader ? (
                  <th
                    key={c.key}
                    scope="row"
                    role={role('rowheader')}
                    className="px-3 py-1.5 text-left font-medium whitespace-nowrap text-text"
                  >
                    {c.cell(row)}
                  </th>
                ) : (
                  <td
                    key={c.key}
                    role={role('cell')}
                    data-label={typeof c.header === 'string' ? c.header : undefined}
                    className={cell({ numeric: c.numeric })}
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

/**
 * Phone layout of a stacked table: the head is read by screen readers only, each row is a card, each cell a
 * line with its column's name (from `data-label`) on the left and the value on the right.
 */
const STACKED = [
  'max-sm:block',
  'max-sm:[&_thead]:sr-only',
  'max-sm:[&_tbody]:block max-sm:[&_tbody]:space-y-3',
  'max-sm:[&_tbody_tr]:block max-sm:[&_tbody_tr]:rounded-lg max-sm:[&_tbody_tr]:border max-sm:[&_tbody_tr]:border-line max-sm:[&_tbody_tr]:py-1',
  'max-sm:[&_tbody_th]:block max-sm:[&_tbody_th]:whitespace-normal',
  'max-sm:[&_td]:flex max-sm:[&_td]:justify-between max-sm:[&_td]:gap-4 max-sm:[&_td]:whitespace-normal',
  'max-sm:[&_td]:before:font-medium max-sm:[&_td]:before:text-muted max-sm:[&_td]:before:text-left max-sm:[&_td]:before:content-[attr(data-label)]',
].join(' ')

/** The table's classes by its options (variants: no caller classes reach a table, so nothing needs merging). */
const region = cva('overflow-auto rounded-lg border border-line', {
  variants: { stackOnPhone: { true: 'max-sm:overflow-visible max-sm:border-0' } },
})
const table = cva('w-full border-collapse text-sm', {
  variants: { stackOnPhone: { true: STACKED } },
})
const columnHeader = cva('border-b border-line px-3 py-2 font-semibold whitespace-nowrap text-text', {
  variants: { numeric: { true: 'text-right', false: 'text-left' } },
})
const cell = cva('px-3 py-1.5 text-text', {
  variants: { numeric: { true: 'text-right whitespace-nowrap tabular-nums' } },
})
