import { periodTable } from '@/lib/calculator'
import type { LiquidityTimeline, OutcomeRange, PeriodRow, PeriodUnit } from '@/lib/calculator'
import { scenarioLiquidity, scenarioOutcomes, scenarioPaths } from '@/lib/scenario/analysis'
import type { PathComparison } from '@/lib/scenario/analysis'
import { scenarioToStakeInput } from '@/lib/scenario/stake-input'
import type { Scenario } from '@/lib/scenario/types'
import { LiquidityView } from './liquidity-section'
import { OutcomesView } from './outcomes-section'
import { PathsView } from './paths-section'
import { PeriodView } from './period-section'

/** Everything the page's deeper sections show, computed by the engine for one scenario. */
export type DeepSectionsData = {
  scenario: Scenario
  unit: PeriodUnit
  rows: PeriodRow[]
  timelines: LiquidityTimeline[]
  outcomes: OutcomeRange | null
  paths: PathComparison[] | null
}

export function deepSectionsData(scenario: Scenario, unit: PeriodUnit): DeepSectionsData {
  return {
    scenario,
    unit,
    rows: periodTable(scenarioToStakeInput(scenario), unit),
    timelines: scenarioLiquidity(scenario),
    outcomes: scenarioOutcomes(scenario),
    paths: scenarioPaths(scenario),
  }
}

export type DeepSectionsProps = {
  idPrefix: string
  data: DeepSectionsData
  showAll?: boolean
  onUnit?: (unit: PeriodUnit) => void
  onShowAll?: () => void
}

/**
 * The page's deeper views: the period table, the time to liquidity, the outcome range and the path
 * comparison. Pure (no hooks): the server renders it for the first HTML, and `LiveDeepSections` renders the
 * same markup once the reader gets there or starts typing.
 */
export function DeepSections({ idPrefix, data, showAll = false, onUnit, onShowAll }: DeepSectionsProps) {
  const { scenario } = data
  return (
    <div className="space-y-14">
      <PeriodView
        idPrefix={idPrefix}
        scenario={scenario}
        unit={data.unit}
        rows={data.rows}
        showAll={showAll}
        onUnit={onUnit}
        onShowAll={onShowAll}
      />
      <LiquidityView idPrefix={idPrefix} scenario={scenario} timelines={data.timelines} />
      <OutcomesView idPrefix={idPrefix} scenario={scenario} range={data.outcomes} />
      <PathsView idPrefix={idPrefix} scenario={scenario} rows={data.paths} />
    </div>
  )
}
