'use client'

/* eslint-disable @typescript-eslint/no-require-imports -- synchronous, server-only loads (see deferredIsland) */
import type { ComponentType } from 'react'
import type { CalculatorIslandProps } from '@/components/calculator/types'
import { deferredIsland } from './deferred-island.client'
import type { QuizClientProps } from './quiz.client'

/**
 * The article islands that load when the reader nears or uses them (see deferredIsland). On the server each is
 * required synchronously and renders in place, so it works without JavaScript: the calculator with its default
 * scenario's results and a GET form to /calculator, the quiz with a disclosure revealing each answer.
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

export const QuizLoader = deferredIsland<QuizClientProps>(
  'quiz',
  () => import('./quiz.client').then((m) => m.QuizClient),
  typeof window === 'undefined'
    ? (require('./quiz.client') as { QuizClient: ComponentType<QuizClientProps> }).QuizClient
    : null,
)
