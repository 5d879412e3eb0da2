'use client'

import { useEffect, useState } from 'react'
import type { ChangeEvent, ComponentType, ReactNode } from 'react'
import type { PeriodUnit } from '@/lib/calculator'
import { useLoadWhenVisible } from '@/components/ui/use-load-when-visible'
import type { NetworkId } from '@/lib/calculator'
import { enCalculatorIsland } from '@/lib/i18n/en-calculator-island'
import { scenarioForNetwork } from '@/lib/scenario/form'
import { scenarioToQueryString } from '@/lib/scenario/serialize'
import type { ParsedScenario } from '@/lib/scenario/types'
import { BalanceSection } from './balance-section'
import { CalculatorForm } from './calculator-form'
import { Heading } from '@/components/ui/heading'
import { DEEP_SECTIONS_ID } from './deep-sections-id'
import { RESULTS_BAR_CLEARANCE, ResultsBar } from './results-bar'
import type { LiveDeepSectionsProps } from './live-deep-sections'
import { isPeriodUnit, periodUnitName } from './period-unit'
import { ResultsPanel } from './results-panel'
import { ShareBar } from './share-bar'
import { useCalculator } from './use-calculator'

/** The deeper sections with the engine's simulation, timeline and path models: not first-load code. */
const loadLiveDeepSections = () => import('./live-deep-sections').then((m) => m.default)

export type CalculatorPageIslandProps = {
  initial: ParsedScenario
  disclaimer: ReactNode
  /** The deeper sections for the initial scenario, rendered on the server (`DeepSections`). */
  sections: ReactNode
}

/**
 * The `/calculator` page's interactive island: the whole calculator, its state in the URL. The deeper
 * sections arrive server-rendered and become live (their code loads) once the reader scrolls near them and
 * the page is idle, or as soon as the scenario changes.
 */
export function CalculatorPageIsland({ initial, disclaimer, sections }: CalculatorPageIslandProps) {
  const calc = useCalculator(initial, 'page', { syncUrl: true })
  const [deepRef, near] = useLoadWhenVisible<HTMLDivElement>('400px')
  // A year/month choice made in the server-rendered sections (before their code loads) is kept, not lost.
  const [chosenUnit, setChosenUnit] = useState<PeriodUnit | null>(null)
  const onEarlyChoice = (e: ChangeEvent<HTMLDivElement>) => {
    const input = e.target as unknown as HTMLInputElement
    if (input.name === periodUnitName(DEEP_SECTIONS_ID) && isPeriodUnit(input.value))
      setChosenUnit(input.value)
  }
  const wanted = near || chosenUnit !== null || calc.state.scenario !== initial.scenario
  // The server's sections stay in place until the live ones' code has arrived, then are replaced once. (Behind a
  // Suspense fallback they were replaced twice, the first time as soon as the reader came near, and a click that
  // straddled a replacement, pressed on one link and released on its copy, was lost.) If the code cannot load,
  // the server's sections stay: their links and the CSV work without it.
  const [LiveDeepSections, setLiveDeepSections] = useState<ComponentType<LiveDeepSectionsProps> | null>(null)
  useEffect(() => {
    if (!wanted || LiveDeepSections !== null) return
    let current = true
    loadLiveDeepSections()
      .then((component) => {
        if (current) setLiveDeepSections(() => component)
      })
      .catch(() => {})
    return () => {
      current = false
    }
  }, [wanted, LiveDeepSections])
  const presetHref = (network: NetworkId | null) =>
    `/calculator${scenarioToQueryString(scenarioForNetwork(calc.state.scenario, network))}`
  const formHeading = `${calc.idPrefix}-form`
  const resultsHeading = `${calc.idPrefix}-results`
  return (
    <div className="space-y-14">
      <div className="grid gap-8 lg:grid-cols-[minmax(0,25rem)_minmax(0,1fr)] lg:items-start">
        <section
          aria-labelledby={formHeading}
          className="rounded-xl border border-line bg-surface p-4 sm:p-6"
        >
          <Heading level={2} id={formHeading} className="mb-5">
            {enCalculatorIsland.form.heading}
          </Heading>
          <ResultsBar calc={calc} resultsId={resultsHeading} hiddenFrom="lg" />
          <div className={RESULTS_BAR_CLEARANCE.lg}>
            <CalculatorForm calc={calc} compact={false} action="/calculator" presetHref={presetHref} />
          </div>
        </section>
        <div className="space-y-4 lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto lg:overscroll-contain">
          <ResultsPanel calc={calc} headingLevel={2} disclaimer={disclaimer} />
          <ShareBar calc={calc} />
        </div>
      </div>
      <BalanceSection calc={calc} headingLevel={2} />
      <div ref={deepRef} onChange={LiveDeepSections === null ? onEarlyChoice : undefined}>
        {LiveDeepSections === null ? (
          sections
        ) : (
          <LiveDeepSections
            idPrefix={DEEP_SECTIONS_ID}
            scenario={calc.deferred}
            initialUnit={chosenUnit ?? undefined}
          />
        )}
      </div>
    </div>
  )
}
