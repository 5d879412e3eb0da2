'use client'

import { lazy, Suspense } from 'react'
import type { CalculatorIslandProps } from '@/components/calculator/types'

/**
 * Loads the calculator island as its own chunk. Every article shares one route and so one set of client
 * chunks: a static import would put the calculator's JavaScript on every article. React.lazy splits it out
 * without Next's loadable runtime; the server still renders it in full (static HTML waits for it), and the
 * browser hydrates it once its chunk arrives.
 */
const CalculatorIsland = lazy(() =>
  import('@/components/calculator/calculator.client').then((m) => ({ default: m.CalculatorIsland })),
)

export function ApyCalculatorLoader(props: CalculatorIslandProps) {
  return (
    <Suspense>
      <CalculatorIsland {...props} />
    </Suspense>
  )
}
