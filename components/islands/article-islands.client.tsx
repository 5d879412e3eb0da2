'use client'

/* eslint-disable @typescript-eslint/no-require-imports -- synchronous, server-only loads (see deferredIsland) */
import type { ComponentType } from 'react'
import type { CalculatorIslandProps } from '@/components/calculator/types'
import { deferredIsland } from './deferred-island.client'
import type { QuizIslandProps } from '@/components/mdx/quiz-island.client'
import type { ProgressTickProps } from '@/components/progress/progress-tick.client'
import type { StakingFlowIslandProps } from '@/components/walkthrough/staking-flow.client'

/**
 * The article islands that load when the reader nears or uses them (see deferredIsland). On the server each is
 * required synchronously and renders in place, so it works without JavaScript: the calculator with its default
 * scenario's results and a GET form to /calculator, the quiz with a disclosure revealing each answer, the
 * walkthrough's first step with links to /walkthrough.
 */
export const ApyCalculatorLoader = deferredIsland<CalculatorIslandProps>(
  'calculator',
  () => import('@/components/calculator/calculator.client').then((m) => m.CalculatorIsland),
  typeof window === 'undefined'
    ? (
        require('@/components/calculator/calculator.client') as {
          CalculatorIsland: ComponentType<CalculatorIslandProps>
        }
      ).CalculatorIsland
    : null,
)

export const QuizLoader = deferredIsland<QuizIslandProps>(
  'quiz',
  () => import('@/components/mdx/quiz-island.client').then((m) => m.QuizIsland),
  typeof window === 'undefined'
    ? (require('@/components/mdx/quiz-island.client') as { QuizIsland: ComponentType<QuizIslandProps> })
        .QuizIsland
    : null,
)

export const ProgressTickWhenReached = deferredIsland<ProgressTickProps>(
  'progress-tick',
  () => import('@/components/progress/progress-tick.client').then((m) => m.ProgressTick),
  typeof window === 'undefined'
    ? (
        require('@/components/progress/progress-tick.client') as {
          ProgressTick: ComponentType<ProgressTickProps>
        }
      ).ProgressTick
    : null,
  'span',
)

export const StakingFlowWhenReached = deferredIsland<StakingFlowIslandProps>(
  'staking-flow',
  () => import('@/components/walkthrough/staking-flow.client').then((m) => m.StakingFlowIsland),
  typeof window === 'undefined'
    ? (
        require('@/components/walkthrough/staking-flow.client') as {
          StakingFlowIsland: ComponentType<StakingFlowIslandProps>
        }
      ).StakingFlowIsland
    : null,
)
