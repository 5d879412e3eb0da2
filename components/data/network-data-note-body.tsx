import type { ReactNode } from 'react'
import { cn } from '@/components/ui/cn'
import { snapshot } from '@/lib/data/snapshot'
import { todayUtc } from '@/lib/data/staleness'
import { networkDataSummary } from '@/lib/data/summary'
import { formatIsoDate } from '@/lib/format'
import { getDictionary } from '@/lib/i18n'

export type NetworkDataNoteProps = {
  /** Limit the note to one network's figures (the calculator's preset, the walkthrough's network). */
  network?: 'ethereum' | 'solana' | 'cosmos'
  className?: string
}

/** The link to /data, as the caller renders it (site: `next/link`; embed: a plain link to a new tab). */
export type DataLink = (props: { label: string; className: string }) => ReactNode

/**
 * "Network data as of <date>" with the count of out-of-date figures and a link to /data. The date is the
 * oldest measured figure of the network: results are only as current as that. Server-rendered, no JS.
 */
export function NetworkDataNoteBody({
  network,
  className = '',
  link,
}: NetworkDataNoteProps & { link: DataLink }) {
  const t = getDictionary().data.note
  const { asOf, stale } = networkDataSummary(snapshot(), todayUtc(), network)
  if (asOf === '') return null
  return (
    <p className={cn('text-sm text-muted', className)}>
      <time dateTime={asOf}>{t.asOf(formatIsoDate(asOf))}</time>
      {stale > 0 ? <strong className="font-semibold text-text"> · {t.stale(stale)}</strong> : null} ·{' '}
      {link({ label: t.link, className: 'underline decoration-line-strong hover:text-text' })}
    </p>
  )
}
