import { describe, expect, it } from 'vitest'
import { figure } from '@/lib/data/snapshot'
import { assertMonotonicInQueue } from './queue-property'
import { timeToActivation } from './activation'
import type { ActivationInput } from './activation'
import { CalculatorInputError } from './errors'

const TEN_MINUTES = 10 / 1440
/** Solana's epoch length from the network snapshot (content/data/networks.json). */
const EPOCH_DAYS = figure('solana.epochDays').value

describe('timeToActivation', () => {
  it('times a solo Ethereum deposit with an empty queue', () => {
    // 2 epochs finality + ⌈32/256⌉ = 1 epoch queue + 3 epochs eligibility + 5 epochs lookahead = 11 epochs
    const t = timeToActivation({ network: 'ethereum', method: 'solo', queueEth: 0 })
    expect(t.phases.map((p) => p.id)).toEqual([
      'deposit-finality',
      'deposit-queue',
      'eligibility',
      'activation',
    ])
    expect(t.totalDays).toBeCloseTo(11 / 225, 12)
    expect(t.phases.every((p) => p.source !== null)).toBe(true)
  })

  it('waits behind the dated deposit queue by default (issue item 4)', () => {
    // ethereum.entryQueue, 2,262,825 ETH queued: ⌈2,262,857 / 256⌉ = 8,840 epochs; (2 + 8,840 + 3 + 5) / 225
    // = 39.333 days (it showed 11 epochs, 1.17 hours, with the queue at 0)
    expect(timeToActivation({ network: 'ethereum', method: 'solo' }).totalDays).toBeCloseTo(8850 / 225, 12)
  })

  it('property: the wait never shrinks as the deposit queue grows', () => {
    assertMonotonicInQueue((queueEth) => [
      timeToActivation({ network: 'ethereum', method: 'solo', queueEth }).totalDays,
    ])
  })

  it('adds the deposit queue at 256 ETH an epoch', () => {
    // ⌈(25,600 + 32) / 256⌉ = 101 epochs instead of 1
    const busy = timeToActivation({ network: 'ethereum', method: 'solo', queueEth: 25_600 })
    expect(busy.totalDays).toBeCloseTo((2 + 101 + 3 + 5) / 225, 12)
  })

  it.each<{ input: ActivationInput; days: number }>([
    // a whole epoch after the ten-minute transaction
    { input: { network: 'solana', method: 'delegated' }, days: TEN_MINUTES + EPOCH_DAYS },
    { input: { network: 'solana', method: 'solo', epochProgress: 0.75 }, days: TEN_MINUTES + EPOCH_DAYS / 4 },
    { input: { network: 'cosmos', method: 'delegated' }, days: TEN_MINUTES },
    { input: { network: 'ethereum', method: 'liquid' }, days: TEN_MINUTES },
    { input: { network: 'solana', method: 'pooled' }, days: TEN_MINUTES },
    { input: { network: 'cosmos', method: 'exchange' }, days: TEN_MINUTES },
  ])('takes $days days for $input.method staking on $input.network', ({ input, days }) => {
    const t = timeToActivation(input)
    expect(t.totalDays).toBeCloseTo(days, 12)
    expect(t.phases.at(-1)?.endDay).toBeCloseTo(days, 12)
  })

  it('gives phases without a protocol rule no source', () => {
    expect(timeToActivation({ network: 'ethereum', method: 'exchange' }).phases[0]?.source).toBeNull()
    expect(timeToActivation({ network: 'cosmos', method: 'delegated' }).phases[0]?.source).not.toBeNull()
  })

  it.each<{ input: ActivationInput; field: string }>([
    { input: { network: 'ethereum', method: 'delegated' }, field: 'method' },
    { input: { network: 'cosmos', method: 'solo' }, field: 'method' },
    { input: { network: 'ethereum', method: 'solo', queueEth: -1 }, field: 'queueEth' },
    { input: { network: 'solana', method: 'delegated', epochProgress: 2 }, field: 'epochProgress' },
    { input: { network: 'ethereum', method: 'solo', amount: Number.NaN }, field: 'amount' },
    { input: { network: 'bitcoin' as never, method: 'solo' }, field: 'network' },
  ])('refuses $field with a CalculatorInputError', ({ input, field }) => {
    expect(() => timeToActivation(input)).toThrow(CalculatorInputError)
    try {
      timeToActivation(input)
    } catch (e) {
      expect((e as CalculatorInputError).field).toBe(field)
    }
  })
})
