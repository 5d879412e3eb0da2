import type { Metadata } from 'next'
import { CalculatorWidget } from '@/components/calculator/widget'
import { getDictionary } from '@/lib/i18n'
import { parseWidgetQuery } from '@/lib/scenario/parse'

type WidgetRouteProps = { searchParams: Promise<Record<string, string | string[] | undefined>> }

const t = getDictionary().calculator

export const metadata: Metadata = {
  title: t.widgetTitle,
  description: t.metaDescription,
  // A view of /calculator for other sites' iframes: kept out of search results and the sitemap (/calculator
  // and the /embed docs are the pages to list).
  robots: { index: false, follow: true },
}

/**
 * The embeddable calculator, configured by the same query parameters as `/calculator` plus `theme` and
 * `compact`. One schema parses them (never throwing); nothing from the query reaches the page except the
 * parsed, allow-listed values, rendered as text.
 */
export default async function WidgetRoute({ searchParams }: WidgetRouteProps) {
  return <CalculatorWidget parsed={parseWidgetQuery(await searchParams)} />
}
