import type { NextRequest } from 'next/server'
import { calculationCsv } from '@/lib/scenario/csv'
import { parseScenarioQuery } from '@/lib/scenario/parse'
import { scenarioToQueryString } from '@/lib/scenario/serialize'
import { absoluteUrl } from '@/lib/site'

/**
 * `/calculator/export.csv?<scenario>&period=year|month`: the period table as a CSV download, with a header
 * block of every setting and assumption and today's date. A plain link, so it works without JavaScript.
 */
export function GET(request: NextRequest) {
  const query = request.nextUrl.searchParams
  const { scenario } = parseScenarioQuery(query)
  const unit = query.get('period') === 'month' ? 'month' : 'year'
  const generatedOn = new Date().toISOString().slice(0, 10)
  const body = calculationCsv({
    scenario,
    unit,
    generatedOn,
    link: absoluteUrl(`/calculator${scenarioToQueryString(scenario)}`),
  })
  return new Response(body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="staking-calculation-${generatedOn}.csv"`,
      'Cache-Control': 'no-store',
    },
  })
}
