import type { Metadata } from 'next'
import { NetworkFigureTable } from '@/components/data/network-figure-table'
import { snapshotProblems } from '@/lib/data/schema'
import { snapshot } from '@/lib/data/snapshot'
import { todayUtc } from '@/lib/data/staleness'
import { statusRows } from '@/lib/data/status'
import { formatIsoDate } from '@/lib/format'
import { getDictionary } from '@/lib/i18n'
import { pageMetadata } from '@/lib/seo/page-metadata'

const t = getDictionary().data

export const metadata: Metadata = pageMetadata({ path: '/data', title: t.title, description: t.description })

const NETWORKS = ['ethereum', 'solana', 'cosmos'] as const

/** Every network figure with its source, dates and age; prerendered, so a broken snapshot fails the build. */
export default function DataPage() {
  const data = snapshot()
  const problems = snapshotProblems(data)
  if (problems.length > 0) throw new Error(`content/data/networks.json is invalid:\n${problems.join('\n')}`)
  const today = todayUtc()
  const rows = statusRows(data, today)
  return (
    <div className="space-y-8">
      <header className="max-w-3xl space-y-3">
        <h1 className="text-3xl font-bold tracking-tight text-balance text-text sm:text-4xl">{t.title}</h1>
        <p className="text-lg text-muted">{t.lead}</p>
        <p className="text-sm text-muted">{t.builtOn(formatIsoDate(today))}</p>
      </header>
      {NETWORKS.map((network) => (
        <section key={network} aria-labelledby={`data-${network}`} className="space-y-3">
          <h2 id={`data-${network}`} className="text-2xl font-semibold text-text">
            {t.networks[network]}
          </h2>
          <NetworkFigureTable
            caption={t.caption(t.networks[network])}
            rows={rows.filter((r) => r.id.startsWith(`${network}.`))}
          />
        </section>
      ))}
      <section aria-labelledby="data-how" className="max-w-3xl space-y-3">
        <h2 id="data-how" className="text-2xl font-semibold text-text">
          {t.howTitle}
        </h2>
        <p className="text-muted">{t.how}</p>
      </section>
    </div>
  )
}
