'use client'

import { lazy } from 'react'
import type { ComponentType } from 'react'
import type { CalculatorIslandProps } from '@/components/calculator/types'

type CalculatorModule = { CalculatorIsland: ComponentType<CalculatorIslandProps> }

/**
 * In the browser the calculator island is its own chunk. Every article shares one route and so one set of
 * client chunks: a static import would put the calculator's JavaScript on every article. React.lazy splits it
 * out without Next's loadable runtime; the browser hydrates it once its chunk arrives.
 */
const LazyIsland = lazy(() =>
  import('@/components/calculator/calculator.client').then((m) => ({ default: m.CalculatorIsland })),
)

/**
 * On the server the island is required synchronously, so the prerendered article carries the calculator in
 * place, with its default scenario's results and a GET form to /calculator, and it works without JavaScript.
 * Next replaces `typeof window` at build time, so the browser bundle never contains this require.
 */
const ServerIsland: ComponentType<CalculatorIslandProps> | null =
  typeof window === 'undefined'
    ? // eslint-disable-next-line @typescript-eslint/no-require-imports -- a synchronous, server-only load (see above)
      (require('@/components/calculator/calculator.client') as CalculatorModule).CalculatorIsland
    : null

/**
 * No Suspense boundary of its own, on purpose: React streams a boundary whose HTML is larger than its
 * progressive chunk size (12.8 kB, which a calculator exceeds) in a hidden segment that only a script
 * reveals, so readers without JavaScript would see nothing. In the browser the lazy island suspends
 * hydration until its chunk arrives; the server's HTML stays on screen meanwhile.
 */
export function ApyCalculatorLoader(props: CalculatorIslandProps) {
  const Island = ServerIsland ?? LazyIsland
  return <Island {...props} />
}
