import { DisclaimerNotice } from '@/components/article/disclaimer-notice'
import { NetworkDataNote } from '@/components/data/network-data-note'
import type { ParsedScenario } from '@/lib/scenario/types'
import { CalculatorPageIsland } from './calculator-page.client'
import { DeepSections, deepSectionsData } from './deep-sections'
import { DEEP_SECTIONS_ID } from './deep-sections-id'

/**
 * The staking calculator, on the one engine (`lib/calculator`) through the one scenario schema
 * (`lib/scenario`). Server wrappers: they parse nothing themselves, take an already parsed scenario, and
 * render the client island with the disclaimer that sits next to every result. The first HTML already shows
 * the right result (the island renders on the server too).
 *
 * - `CalculatorPage`: everything on `/calculator` (URL-synced state, tables, timeline, outcome range, paths,
 *   CSV, copy link, embed dialog).
 * - `CalculatorWidget`: the embeddable widget on `/embed/calculator` (theme, compact, resize messages).
 * - In articles use `<ApyCalculator>` (components/mdx/apy-calculator.tsx).
 *
 * @example
 * const parsed = parseScenarioQuery(await searchParams)
 * return <CalculatorPage parsed={parsed} />
 */
export function CalculatorPage({ parsed }: { parsed: ParsedScenario }) {
  return (
    <CalculatorPageIsland
      initial={parsed}
      disclaimer={
        <>
          <DisclaimerNotice />
          <NetworkDataNote network={parsed.scenario.network} className="mt-2" />
        </>
      }
      sections={<DeepSections idPrefix={DEEP_SECTIONS_ID} data={deepSectionsData(parsed.scenario, 'year')} />}
    />
  )
}

export { CalculatorWidget } from './widget'
