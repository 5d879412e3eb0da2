import { describe, expect, it } from 'vitest'
import type { NetworkFigure, Snapshot } from './schema'
import { networkDataSummary } from './summary'

const f = (asOf: string, method: NetworkFigure['method'], maxAgeDays = 90): NetworkFigure => ({
  label: 'x',
  value: 1,
  unit: 'ETH',
  display: 'number',
  asOf,
  retrieved: '2026-11-29',
  method,
  source: { title: 'a primary source', publisher: 'p', url: 'https://example.org' },
  secondary: false,
  maxAgeDays,
})
const data: Snapshot = {
  figures: {
    'ethereum.totalStaked': f('2026-11-01', 'api'),
    'ethereum.exitQueue': f('2026-10-01', 'manual', 30),
    'ethereum.maxSeedLookahead': f('2020-12-01', 'spec', 730),
    'solana.inflation': f('2025-11-15', 'manual'),
  },
}

describe('networkDataSummary', () => {
  it('dates a network by its oldest measured figure, ignoring protocol constants', () => {
    expect(networkDataSummary(data, '2026-11-29', 'ethereum')).toEqual({ asOf: '2026-10-01', stale: 2 })
  })

  it('covers every network without a filter', () => {
    expect(networkDataSummary(data, '2026-11-29')).toEqual({ asOf: '2025-11-15', stale: 3 })
  })

  it('counts staleness against the date passed in', () => {
    // on 2026-10-15 the exit queue is 14 days old (allowed 30); only the 2020 constant is out of date
    expect(networkDataSummary(data, '2026-10-15', 'ethereum').stale).toBe(1)
  })
})
