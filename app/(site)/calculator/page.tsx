import type { Metadata } from 'next'
import { CalculatorPage } from '@/components/calculator'
import { getDictionary } from '@/lib/i18n'
import { parseScenarioQuery } from '@/lib/scenario/parse'
import { pageMetadata } from '@/lib/seo/page-metadata'

type CalculatorRouteProps = { searchParams: Promise<Record<string, string | string[] | undefined>> }

const t = getDictionary().calculator

export const metadata: Metadata = pageMetadata({
  path: '/calculator',
  ownSocialImage: true,
  title: t.title,
  description: t.metaDescription,
})

/** Rendered on the server from its query, so the first HTML shows the scenario's result, with or without JS. */
export default async function CalculatorRoute({ searchParams }: CalculatorRouteProps) {
  const parsed = parseScenarioQuery(await searchParams)
  return (
    <div className="space-y-8">
      <header className="max-w-3xl space-y-3">
        <h1 className="text-3xl font-bold tracking-tight text-balance text-text sm:text-4xl">{t.title}</h1>
        <p className="text-lg text-muted">{t.lead}</p>
      </header>
      <CalculatorPage parsed={parsed} />
    </div>
  )
}
