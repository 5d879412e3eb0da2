import { describe, expect, it } from 'vitest'
import { LIQUIDITY_PHASE_IDS, timeToActivation, timeToLiquidity } from '@/lib/calculator'
import type { NetworkId, StakingMethod } from '@/lib/calculator'
import type { LiquidityPhase } from '@/lib/calculator'
import { enLiquidityPhaseLabels, phaseLabel } from './en-liquidity'
import { phaseDescription } from './en-liquidity-descriptions'

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

function everyPhase(): LiquidityPhase[] {
  return PATHS.flatMap(([network, method]) => [
    ...timeToActivation({ network, method }).phases,
    ...timeToLiquidity({ network, method }).phases,
    ...(method === 'liquid' ? timeToLiquidity({ network, method, liquidExit: 'redeem' }).phases : []),
    ...(method === 'exchange' ? timeToLiquidity({ network, method, platformDays: 3 }).phases : []),
    ...(network === 'solana' && method !== 'liquid'
      ? timeToLiquidity({ network, method, cooldownEpochs: 2 }).phases
      : []),
    ...(network === 'ethereum' && method === 'solo'
      ? timeToLiquidity({ network, method, credentials: '0x02', withdrawal: 'partial', amount: 10 }).phases
      : []),
  ])
}

describe('phase descriptions', () => {
  it('are whole sentences without a missing or raw number, for every phase the engine returns', () => {
    for (const phase of everyPhase()) {
      expect(phase).not.toHaveProperty('description')
      expect(phase.facts.id).toBe(phase.id)
      const text = phaseDescription(phase.facts)
      expect(text).toMatch(/^[A-Z].*[.)]$/)
      expect(text).not.toMatch(/NaN|undefined|Infinity|\de[+-]?\d|\d{5,}/)
      expect(text).not.toMatch(/\b1 (epochs|days|minutes|hours)\b/)
    }
  })

  it.each([
    [
      { id: 'deposit-queue', churnEth: 256, queueEth: 1_500_000, epochs: 5860 } as const,
      'At most 256 ETH of deposits is applied per 6.4-minute epoch. With 1,500,000 ETH queued ahead, this deposit waits 5,860 epochs (about 26 days).',
    ],
    [
      { id: 'deposit-queue', churnEth: 256, queueEth: 0, epochs: 1 } as const,
      'At most 256 ETH of deposits is applied per 6.4-minute epoch. With 0 ETH queued ahead, this deposit waits 1 epoch (about 6 minutes).',
    ],
    // 1 + MAX_SEED_LOOKAHEAD = 5 epochs = 32 minutes (the text said 32 minutes for its exit request too)
    [
      { id: 'exit-request', epochs: 5 } as const,
      'A voluntary exit is scheduled at least 5 epochs (about 32 minutes) ahead.',
    ],
    [
      { id: 'withdrawability-delay', epochs: 256 } as const,
      'After exiting, the balance stays locked for 256 epochs (about 27 hours).',
    ],
    [
      { id: 'exit-queue', churnEth: 256, queueEth: 2_500_000, epochs: 9766, leaving: 'amount' } as const,
      'At most 256 ETH can leave per 6.4-minute epoch. With 2,500,000 ETH queued ahead, this amount waits 9,766 epochs (about 43 days).',
    ],
    [
      { id: 'cooldown', rateShare: 0.09 } as const,
      'When much stake is leaving at once, at most 9% of all stake deactivates per epoch; the rest waits.',
    ],
    [
      { id: 'protocol-redemption', minDays: 1, maxDays: 5 } as const,
      'The protocol pays from its buffer or from exiting validators; its documentation says this normally takes 1–5 days, longer when the exit queue is long.',
    ],
    [
      { id: 'unbonding', days: 21, symbol: 'ATOM' } as const,
      'Undelegated ATOM earn nothing and cannot move for 21 days, and can still be slashed for earlier faults; they return to the wallet automatically at the end.',
    ],
  ])('words %j', (facts, text) => {
    expect(phaseDescription(facts)).toBe(text)
  })
})
