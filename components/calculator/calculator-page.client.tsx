'use client'

import type { ReactNode } from 'react'
import type { NetworkId } from '@/lib/calculator'
import { enCalculator } from '@/lib/i18n/en-calculator'
import { scenarioForNetwork } from '@/lib/scenario/form'
import { scenarioToQueryString } from '@/lib/scenario/serialize'
import type { ParsedScenario } from '@/lib/scenario/types'
import { BalanceSection } from './balance-section'
import { CalculatorForm } from './calculator-form'
import { Heading } from './heading'
import { LiquiditySection } from './liquidity-section'
import { OutcomesSection } from './outcomes-section'
import { PathsSection } from './paths-section'
import { PeriodSection } from './period-section'
import { ResultsPanel } from './results-panel'
import { ShareBar } from './share-bar'
import { useCalculator } from './use-calculator'

export type CalculatorPageIslandProps = { initial: ParsedScenario; disclaimer: ReactNode }

/** The `/calculator` page's interactive island: the whole calculator, its state in the URL. */
export function CalculatorPageIsland({ initial, disclaimer }: CalculatorPageIslandProps) {
  const calc = useCalculator(initial, 'page', { syncUrl: true })
  const presetHref = (network: NetworkId | null) =>
    `/calculator${scenarioToQueryString(scenarioForNetwork(calc.state.scenario, network))}`
  const formHeading = `${calc.idPrefix}-form`
  return (
    <div className="space-y-14">
      <div className="grid gap-8 lg:grid-cols-[minmax(0,25rem)_minmax(0,1fr)] lg:items-start">
        <section
          aria-labelledby={formHeading}
          className="rounded-xl border border-line bg-surface p-4 sm:p-6"
        >
          <Heading level={2} id={formHeading} className="mb-5">
            {enCalculator.form.heading}
          </Heading>
          <CalculatorForm calc={calc} compact={false} action="/calculator" presetHref={presetHref} />
        </section>
        <div className="space-y-4">
          <ResultsPanel calc={calc} headingLevel={2} disclaimer={disclaimer} />
          <ShareBar calc={calc} />
        </div>
      </div>
      <BalanceSection calc={calc} headingLevel={2} />
      <PeriodSection calc={calc} />
      <LiquiditySection calc={calc} />
      <OutcomesSection calc={calc} />
      <PathsSection calc={calc} />
    </div>
  )
}
