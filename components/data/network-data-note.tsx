import Link from 'next/link'
import { snapshot } from '@/lib/data/snapshot'
import { todayUtc } from '@/lib/data/staleness'
import { networkDataSummary } from '@/lib/data/summary'
import { formatDate, getDictionary } from '@/lib/i18n'

export type NetworkDataNoteProps = {
  /** Limit the note to one network's figures (the calculator's preset, the walkthrough's network). */
  network?: 'ethereum' | 'solana' | 'cosmos'
  /** Open the /data page in a new tab (inside the embed, whose iframe must not navigate away). */
  newTab?: boolean
  className?: string
}

/**
 * "Network data as of <date>" with the count of out-of-date figures and a link to /data. The date is the
 * oldest measured figure of the network: results are only as current as that. Server-rendered, no JS.
 */
export function NetworkDataNote({ network, newTab = false, className = '' }: NetworkDataNoteProps) {
  const t = getDictionary().data.note
  const { asOf, stale } = networkDataSummary(snapshot(), todayUtc(), network)
  if (asOf === '') return null
  return (
    <p className={`text-sm text-muted ${className}`}>
      <time dateTime={asOf}>{t.asOf(formatDate(asOf))}</time>
      {stale > 0 ? <strong className="font-semibold text-text"> · {t.stale(stale)}</strong> : null} ·{' '}
      <Link
        href="/data"
        className="underline decoration-line-strong hover:text-text"
        {...(newTab ? { target: '_blank', rel: 'noopener' } : {})}
      >
        {t.link}
      </Link>
    </p>
  )
}
