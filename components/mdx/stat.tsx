import { formatDate, getDictionary } from '@/lib/i18n'

export type StatProps = {
  /** The figure as readers see it, e.g. "34.2M ETH". */
  value: string
  /** https link to the source. */
  source: string
  sourceTitle: string
  /** The date the figure was true for (YYYY-MM-DD). */
  asOf: string
}

/** A figure that changes over time, always shown with its source and date (also in print). */
export function Stat({ value, source, sourceTitle, asOf }: StatProps) {
  const t = getDictionary()
  return (
    <span className="stat">
      <strong className="font-semibold text-text">{value}</strong>{' '}
      <span className="text-[0.85em] whitespace-normal text-muted">
        (
        <a href={source} className="text-muted underline decoration-line-strong hover:text-text">
          {sourceTitle}
        </a>
        , <time dateTime={asOf}>{t.stat.asOf(formatDate(asOf))}</time>)
      </span>
    </span>
  )
}
