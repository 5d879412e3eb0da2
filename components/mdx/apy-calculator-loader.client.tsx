'use client'

import dynamic from 'next/dynamic'
import type { CalculatorIslandProps } from '@/components/calculator/types'

/**
 * Loads the calculator island as its own chunk. Every article shares the MDX component map, so a static
 * import would put the calculator's JavaScript on every article; through `next/dynamic` it is server-rendered
 * and loaded only where an article actually contains `<ApyCalculator>`.
 */
const CalculatorIsland = dynamic(() =>
  import('@/components/calculator/calculator.client').then((m) => m.CalculatorIsland),
)

export function ApyCalculatorLoader(props: CalculatorIslandProps) {
  return <CalculatorIsland {...props} />
}
