import { Link } from '@/components/ui/link.client'
import { formatFigure } from '@/lib/data/format'
import { figure, isFigureId } from '@/lib/data/snapshot'
import { isStale, todayUtc } from '@/lib/data/staleness'
import { formatIsoDate } from '@/lib/format'
import { getDictionary } from '@/lib/i18n'

export type StatProps = {
  /** A figure id from content/data/networks.json, e.g. "ethereum.totalStaked": value, source and date come from there. */
  id?: string
  /** Without `id`: the figure as readers see it, e.g. "21 days". */
  value?: string
  /** Without `id`: https link to the source. */
  source?: string
  sourceTitle?: string
  /** Without `id`: the date the figure was true for (YYYY-MM-DD). */
  asOf?: string
}

type Shown = {
  value: string
  source: string
  sourceTitle: string
  asOf: string
  id?: string
  stale?: boolean
  secondary?: boolean
}

function shown(props: StatProps): Shown | null {
  if (props.id !== undefined) {
    if (!isFigureId(props.id)) return null
    const f = figure(props.id)
    return {
      id: props.id,
      value: formatFigure(f),
      source: f.source.url,
      sourceTitle: f.source.publisher,
      asOf: f.asOf,
      stale: isStale(f, todayUtc()),
      secondary: f.secondary,
    }
  }
  const { value, source, sourceTitle, asOf } = props
  if (value === undefined || source === undefined || sourceTitle === undefined || asOf === undefined)
    return null
  return { value, source, sourceTitle, asOf }
}

/**
 * A figure that changes over time, always shown with its source and date (also in print).
 * `<Stat id="ethereum.totalStaked" />` reads the network snapshot, marks the figure when it is out of date
 * (counted on the day the page is built) and links to its row on /data. The content check rejects
 * unknown ids, so `null` is never rendered for a published article.
 */
export function Stat(props: StatProps) {
  const t = getDictionary()
  const s = shown(props)
  if (s === null) return null
  const link = 'text-muted underline decoration-line-strong hover:text-text'
  return (
    <span className="stat">
      <strong className="font-semibold text-text">{s.value}</strong>{' '}
      <span className="text-[0.85em] whitespace-normal text-muted">
        (
        <a href={s.source} className={link}>
          {s.sourceTitle}
        </a>
        , <time dateTime={s.asOf}>{t.stat.asOf(formatIsoDate(s.asOf))}</time>
        {s.secondary ? `, ${t.data.stat.secondary}` : null}
        {s.stale ? <strong className="font-semibold text-text">, {t.data.stat.stale}</strong> : null}
        {s.id === undefined ? null : (
          <>
            ,{' '}
            <Link href={`/data#${s.id}`} className={link}>
              {t.data.stat.details}
            </Link>
          </>
        )}
        )
      </span>
    </span>
  )
}
