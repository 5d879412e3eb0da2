import { describe, expect, it } from 'vitest'
import type { Snapshot } from '../schema'
import { applyOutcomes, type ProbeOutcome } from './apply'

const source = {
  title: 'Solana JSON-RPC getVoteAccounts',
  publisher: 'Solana RPC',
  url: 'https://solana.com/docs/rpc',
}
const figure = (value: number, unit = 'share of supply') => ({
  label: 'x',
  value,
  unit,
  display: 'percent' as const,
  asOf: '2025-11-15',
  retrieved: '2026-11-29',
  method: 'manual' as const,
  source: { ...source, title: 'SIMD-0411 (a proposal)' },
  secondary: true,
  maxAgeDays: 90,
  note: 'old note',
})
const snapshot: Snapshot = {
  figures: { 'solana.stakedFraction': figure(0.68), 'ethereum.exitQueue': figure(2_304_000, 'ETH') },
}
const options = { today: '2026-12-01', maxChangeFactor: 3 }
const ok = (readings: { id: string; value: number }[]): ProbeOutcome => ({
  ok: true,
  readings: readings.map((r) => ({ ...r, note: 'read by npm run data:refresh.' })),
  bounds: { 'solana.stakedFraction': { min: 0, max: 1 }, 'ethereum.exitQueue': { min: 0, max: 1e8 } },
  source,
})

describe('applyOutcomes', () => {
  it('updates a figure with its new value, dates, method and source, and reports the change in percent', () => {
    const { snapshot: next, rows } = applyOutcomes(
      snapshot,
      [ok([{ id: 'solana.stakedFraction', value: 0.6716 }])],
      options,
    )
    expect(next.figures['solana.stakedFraction']).toMatchObject({
      value: 0.6716,
      asOf: '2026-12-01',
      retrieved: '2026-12-01',
      method: 'api',
      source,
      secondary: false,
      note: 'read by npm run data:refresh.',
      label: 'x',
      maxAgeDays: 90,
    })
    expect(rows).toEqual([
      {
        id: 'solana.stakedFraction',
        status: 'updated',
        old: 0.68,
        new: 0.6716,
        changePct: expect.closeTo(-1.2353, 4),
      },
    ])
  })

  it.each([
    ['a staked share above 1', 'solana.stakedFraction', 1.2, '1.2 is outside the sane range 0–1'],
    ['a negative queue', 'ethereum.exitQueue', -5, '-5 is outside the sane range 0–100000000'],
    ['a tenfold jump', 'ethereum.exitQueue', 23_040_000, 'changed 10.00× (more than the allowed 3×)'],
    ['a collapse to a tenth', 'solana.stakedFraction', 0.068, 'changed 0.10× (more than the allowed 3×)'],
    ['a value that is not a number', 'solana.stakedFraction', Number.NaN, 'not a finite number (NaN)'],
  ])('refuses %s and keeps the old value', (_what, id, value, reason) => {
    const { snapshot: next, rows } = applyOutcomes(snapshot, [ok([{ id, value }])], options)
    expect(next.figures[id]).toEqual(snapshot.figures[id])
    expect(rows[0]?.status).toBe('refused')
    expect(rows[0]?.reason).toContain(reason)
  })

  it('lets a figure whose bounds say it swings move by any factor inside its range (a queue)', () => {
    const queue = (value: number): ProbeOutcome => ({
      ok: true,
      readings: [{ id: 'ethereum.exitQueue', value, note: 'read by npm run data:refresh.' }],
      bounds: { 'ethereum.exitQueue': { min: 0, max: 1e8, swings: true } },
      source,
    })
    // 2,304,000 → 1,728 ETH is a 0.00075× change: refused without `swings`, taken with it
    expect(
      applyOutcomes(snapshot, [ok([{ id: 'ethereum.exitQueue', value: 1728 }])], options).rows[0],
    ).toMatchObject({ status: 'refused', reason: expect.stringContaining('changed 0.00×') })
    const { snapshot: next, rows } = applyOutcomes(snapshot, [queue(1728)], options)
    expect(rows[0]).toMatchObject({ status: 'updated', old: 2_304_000, new: 1728 })
    expect(next.figures['ethereum.exitQueue']?.value).toBe(1728)
    expect(applyOutcomes(snapshot, [queue(2e8)], options).rows[0]).toMatchObject({
      status: 'refused',
      reason: '200000000 is outside the sane range 0–100000000',
    })
  })

  it('keeps every figure of a failed probe and reports the shared reason', () => {
    const failed: ProbeOutcome = {
      ok: false,
      ids: ['solana.stakedFraction', 'solana.epochDays'],
      reason: 'timed out after 30 s',
    }
    const { snapshot: next, rows } = applyOutcomes(snapshot, [failed], options)
    expect(next).toEqual(snapshot)
    expect(rows).toEqual([
      { id: 'solana.stakedFraction', status: 'failed', old: 0.68, reason: 'timed out after 30 s' },
      { id: 'solana.epochDays', status: 'failed', old: undefined, reason: 'timed out after 30 s' },
    ])
  })

  it('re-dates an unchanged value (it was checked today) and calls it unchanged', () => {
    const { snapshot: next, rows } = applyOutcomes(
      snapshot,
      [ok([{ id: 'ethereum.exitQueue', value: 2_304_000 }])],
      options,
    )
    expect(rows[0]).toMatchObject({ status: 'unchanged', changePct: 0 })
    expect(next.figures['ethereum.exitQueue']?.asOf).toBe('2026-12-01')
  })

  it('never adds a figure the snapshot lacks: it is written by hand first, with its label and source', () => {
    const { snapshot: next, rows } = applyOutcomes(
      snapshot,
      [ok([{ id: 'ethereum.entryQueue', value: 2_262_825 }])],
      options,
    )
    expect(rows).toEqual([
      {
        id: 'ethereum.entryQueue',
        status: 'refused',
        old: undefined,
        new: 2_262_825,
        reason: 'not in the snapshot: add the figure by hand first',
      },
    ])
    expect(Object.keys(next.figures)).toEqual(['ethereum.exitQueue', 'solana.stakedFraction'])
  })

  it('never changes the snapshot it was given', () => {
    const before = structuredClone(snapshot)
    applyOutcomes(snapshot, [ok([{ id: 'solana.stakedFraction', value: 0.6 }])], options)
    expect(snapshot).toEqual(before)
  })
})
