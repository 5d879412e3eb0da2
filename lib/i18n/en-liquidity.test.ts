import { describe, expect, it } from 'vitest'
import { LIQUIDITY_PHASE_IDS, timeToActivation, timeToLiquidity } from '@/lib/calculator'
import type { NetworkId, StakingMethod } from '@/lib/calculator'
import { enLiquidityPhaseLabels, phaseLabel } from './en-liquidity'

const PATHS: [NetworkId, StakingMethod][] = [
  ['ethereum', 'solo'],
  ['ethereum', 'pooled'],
  ['ethereum', 'liquid'],
  ['ethereum', 'exchange'],
  ['cosmos', 'delegated'],
  ['cosmos', 'liquid'],
  ['solana', 'solo'],
  ['solana', 'delegated'],
  ['solana', 'liquid'],
]

describe('phase labels', () => {
  it('words every phase id once, and nothing else', () => {
    expect(Object.keys(enLiquidityPhaseLabels).sort()).toEqual([...LIQUIDITY_PHASE_IDS].sort())
    expect(new Set(Object.values(enLiquidityPhaseLabels)).size).toBe(LIQUIDITY_PHASE_IDS.length)
  })

  it.each(PATHS)('the engine returns ids and numbers, no English label (%s %s)', (network, method) => {
    const timelines = [
      timeToActivation({ network, method }),
      timeToLiquidity({ network, method }),
      ...(method === 'liquid' ? [timeToLiquidity({ network, method, liquidExit: 'redeem' })] : []),
    ]
    for (const phase of timelines.flatMap((t) => t.phases)) {
      expect(phase).not.toHaveProperty('label')
      expect(LIQUIDITY_PHASE_IDS).toContain(phase.id)
      expect(phaseLabel(phase.id)).toMatch(/^[A-Z]/)
    }
  })

  it('names who accepts a deposit from the method', () => {
    expect(timeToActivation({ network: 'ethereum', method: 'liquid' }).phases[0]?.id).toBe('deposit-protocol')
    expect(timeToActivation({ network: 'ethereum', method: 'pooled' }).phases[0]?.id).toBe('deposit-pool')
    expect(timeToActivation({ network: 'solana', method: 'exchange' }).phases[0]?.id).toBe('deposit-platform')
  })
})
