import { describe, expect, it } from 'vitest'
import { figure } from '@/lib/data/snapshot'
import { assertMonotonicInQueue } from './queue-property'
import { timeToLiquidity } from './liquidity'
import type { LiquidityInput } from './liquidity'

/** Figures from the network snapshot (content/data/networks.json), so a refresh keeps these tests true. */
const VALIDATORS = figure('ethereum.validatorCount').value
const EPOCH_DAYS = figure('solana.epochDays').value
const EXIT_QUEUE = figure('ethereum.exitQueue').value

describe('timeToLiquidity', () => {
  it('times a solo Ethereum exit with an empty queue, the sweep expected and at worst (issue item 5)', () => {
    // 5 epochs = 5/225 d = 0.0222; queue ⌈32/256⌉ − 1 = 0 epochs; 256 epochs = 1.1378 d;
    // sweep cycle: validators / (16 · 7,200 a day), e.g. 993,342 / 115,200 = 8.6228 d: expected half;
    // worst a whole cycle at 16 − 8 pending partials = 8 a block: validators / 57,600
    const t = timeToLiquidity({ network: 'ethereum', method: 'solo', queueEth: 0 })
    expect(t.phases.map((p) => p.id)).toEqual([
      'exit-request',
      'exit-queue',
      'withdrawability-delay',
      'withdrawal-sweep',
    ])
    expect(t.phases[2]?.endDay).toBeCloseTo(5 / 225 + 256 / 225, 12)
    expect(t.totalDays).toBeCloseTo(5 / 225 + 256 / 225 + VALIDATORS / 115_200 / 2, 12)
    expect(t.phases[3]?.worstDays).toBeCloseTo(VALIDATORS / 57_600, 12)
    expect(t.worstTotalDays).toBeCloseTo(5 / 225 + 256 / 225 + VALIDATORS / 57_600, 12)
  })

  it('waits behind the dated exit queue by default (issue item 4)', () => {
    // the snapshot's exit queue Q ahead: ⌈(Q + 32) / 256⌉ − 1 epochs; 2,304,000 ETH (2025-11-13) gives 9,000
    // epochs = 40 d, plus 5 + 256 epochs and half a sweep cycle
    const queueEpochs = Math.ceil((EXIT_QUEUE + 32) / 256) - 1
    const t = timeToLiquidity({ network: 'ethereum', method: 'solo' })
    expect(t.totalDays).toBeCloseTo(queueEpochs / 225 + 5 / 225 + 256 / 225 + VALIDATORS / 115_200 / 2, 10)
  })

  it('redeems a liquid staking token in Lido’s stated 1–5 days, not the validator sweep', () => {
    const t = timeToLiquidity({ network: 'ethereum', method: 'liquid', liquidExit: 'redeem' })
    expect(t.phases.map((p) => p.id)).toEqual(['redeem-request', 'protocol-redemption'])
    expect(t.totalDays).toBeCloseTo(10 / 1440 + 3, 12)
    expect(t.worstTotalDays).toBeCloseTo(10 / 1440 + 5, 12)
  })

  it('pays a 0x02 partial withdrawal (EIP-7002) without the sweep', () => {
    // 5 epochs + ⌈(0 + 10) / 256⌉ − 1 = 0 epochs + 256 epochs + one 12-second block
    const t = timeToLiquidity({
      network: 'ethereum',
      method: 'solo',
      credentials: '0x02',
      withdrawal: 'partial',
      amount: 10,
      queueEth: 0,
    })
    expect(t.phases.at(-1)?.id).toBe('pending-partial-payout')
    expect(t.totalDays).toBeCloseTo(261 / 225 + 12 / 86_400, 12)
    expect(() =>
      timeToLiquidity({ network: 'ethereum', method: 'solo', credentials: '0x01', withdrawal: 'partial' }),
    ).toThrow(expect.objectContaining({ field: 'withdrawal' }))
  })

  it('property: the wait never shrinks as the exit queue grows', () => {
    assertMonotonicInQueue((queueEth) => {
      const t = timeToLiquidity({ network: 'ethereum', method: 'solo', queueEth })
      return [t.totalDays, t.worstTotalDays]
    })
  })

  it('adds the exit queue, counting the exiting balance against the churn', () => {
    // ⌈(2,500,000 + 32) / 256⌉ − 1 = 9,765 epochs = 43.4 days more than an empty queue
    const empty = timeToLiquidity({ network: 'ethereum', method: 'solo', queueEth: 0 }).totalDays
    const busy = timeToLiquidity({ network: 'ethereum', method: 'solo', queueEth: 2_500_000 }).totalDays
    expect(busy - empty).toBeCloseTo(9_765 / 225, 10)
  })

  it.each<{ input: LiquidityInput; days: number }>([
    // x/staking UnbondingTime on the Hub: 21 days
    { input: { network: 'cosmos', method: 'delegated' }, days: 21 },
    // a whole epoch, then a ten-minute withdrawal
    { input: { network: 'solana', method: 'delegated' }, days: EPOCH_DAYS + 10 / 1440 },
    // half the epoch already gone: half an epoch + 10 minutes
    {
      input: { network: 'solana', method: 'delegated', epochProgress: 0.5 },
      days: EPOCH_DAYS / 2 + 10 / 1440,
    },
    // a liquid staking token swapped on a market: about ten minutes
    { input: { network: 'ethereum', method: 'liquid' }, days: 10 / 1440 },
    // redeeming through the protocol: a request, then the 21-day unbonding
    { input: { network: 'cosmos', method: 'liquid', liquidExit: 'redeem' }, days: 21 + 10 / 1440 },
    // an exchange that states 2 days of processing, then unbonding
    { input: { network: 'cosmos', method: 'exchange', platformDays: 2 }, days: 23 },
  ])('takes $days days for $input.method staking on $input.network', ({ input, days }) => {
    expect(timeToLiquidity(input).totalDays).toBeCloseTo(days, 10)
  })

  it('lays the phases end to end from the start day', () => {
    const t = timeToLiquidity({ network: 'solana', method: 'delegated', startDay: 10 })
    expect(t.phases[0]?.startDay).toBe(10)
    t.phases.forEach((phase, i) => {
      if (i > 0) expect(phase.startDay).toBe(t.phases[i - 1]?.endDay)
    })
  })

  it('gives ISO dates when a start date is passed in', () => {
    const t = timeToLiquidity({ network: 'cosmos', method: 'delegated', startDate: '2026-03-01' })
    expect(t.phases[0]).toMatchObject({
      startDate: '2026-03-01T00:00:00.000Z',
      endDate: '2026-03-22T00:00:00.000Z',
    })
    expect(t.usableDate).toBe('2026-03-22T00:00:00.000Z')
  })

  it.each<{ input: LiquidityInput; field: string; message?: string }>([
    {
      input: { network: 'ethereum', method: 'delegated' },
      field: 'method',
      message: 'Ethereum has no native delegation: choose solo, pooled, liquid or exchange staking',
    },
    { input: { network: 'cosmos', method: 'pooled' }, field: 'method' },
    { input: { network: 'cosmos', method: 'solo' }, field: 'method' },
    { input: { network: 'bitcoin' as 'ethereum', method: 'solo' }, field: 'network' },
    { input: { network: 'solana', method: 'delegated', epochProgress: 1.5 }, field: 'epochProgress' },
    { input: { network: 'ethereum', method: 'solo', queueEth: -1 }, field: 'queueEth' },
    { input: { network: 'cosmos', method: 'delegated', startDate: 'next Tuesday' }, field: 'startDate' },
  ])('rejects $input with a $field error', ({ input, field, message }) => {
    expect(() => timeToLiquidity(input)).toThrow(
      expect.objectContaining({ field, ...(message ? { message } : {}) }),
    )
  })

  it('cites a source for every protocol phase', () => {
    const t = timeToLiquidity({ network: 'ethereum', method: 'solo' })
    for (const phase of t.phases) expect(phase.source?.url).toMatch(/^https:\/\//)
  })
})
