import { useMemo, useState } from 'react'
import type { PeriodUnit } from '@/lib/calculator'
import type { Scenario } from '@/lib/scenario/types'
import { DeepSections, deepSectionsData } from './deep-sections'

export type LiveDeepSectionsProps = {
  idPrefix: string
  scenario: Scenario
  /** A period unit the reader chose in the server-rendered view before this loaded. */
  initialUnit?: PeriodUnit
}

/**
 * The deeper sections, live: they follow the (deferred) scenario and their switches work. Loaded lazily by
 * the page island, with the engine's simulation, timeline and path models, so none of it is first-load code.
 */
export default function LiveDeepSections({
  idPrefix,
  scenario,
  initialUnit = 'year',
}: LiveDeepSectionsProps) {
  const [unit, setUnit] = useState<PeriodUnit>(initialUnit)
  const [showAll, setShowAll] = useState(false)
  const data = useMemo(() => deepSectionsData(scenario, unit), [scenario, unit])
  return (
    <DeepSections
      idPrefix={idPrefix}
      data={data}
      showAll={showAll}
      onUnit={(next) => {
        setUnit(next)
        setShowAll(false)
      }}
      onShowAll={() => setShowAll(true)}
    />
  )
}
