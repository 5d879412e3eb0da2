import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Snapshot } from './schema'
import { figureAgeDays, isStale, snapshotRetrieved, staleFigureIds, todayUtc } from './staleness'

const base = {
  label: 'x',
  value: 1,
  unit: 'ETH',
  display: 'number',
  retrieved: '2026-11-29',
  method: 'manual',
  source: { title: 'a primary source', publisher: 'someone', url: 'https://example.org' },
  secondary: false,
} as const

const data: Snapshot = {
  figures: {
    'ethereum.a': { ...base, asOf: '2026-09-01', maxAgeDays: 90 },
    'ethereum.b': { ...base, asOf: '2026-08-30', maxAgeDays: 90, retrieved: '2026-11-20' },
    'solana.c': { ...base, asOf: '2020-12-01', maxAgeDays: 730, retrieved: '2026-11-28' },
  },
}

describe('staleness', () => {
  it('counts the age in whole days from asOf', () => {
    expect(figureAgeDays({ asOf: '2026-09-01' }, '2026-11-30')).toBe(90)
  })

  it('flags a figure only once it is older than its maxAgeDays', () => {
    expect(isStale({ asOf: '2026-09-01', maxAgeDays: 90 }, '2026-11-30')).toBe(false)
    expect(isStale({ asOf: '2026-09-01', maxAgeDays: 90 }, '2026-12-01')).toBe(true)
  })

  it('lists the stale ids against the date passed in (pure)', () => {
    expect(staleFigureIds(data, '2026-11-30')).toEqual(['ethereum.b', 'solana.c'])
    expect(staleFigureIds(data, '2022-01-01')).toEqual([])
  })

  it('dates the snapshot by its latest retrieval', () => {
    expect(snapshotRetrieved(data)).toBe('2026-11-29')
  })

  it('formats today in UTC', () => {
    expect(todayUtc(new Date('2026-11-29T23:59:59Z'))).toBe('2026-11-29')
  })

  it('never calls a figure stale on the day it was true, whatever its allowed age', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), (maxAgeDays) => {
        expect(isStale({ asOf: '2026-01-01', maxAgeDays }, '2026-01-01')).toBe(false)
      }),
    )
  })
})
