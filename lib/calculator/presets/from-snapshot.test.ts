import { describe, expect, it } from 'vitest'
import { figure } from '@/lib/data/snapshot'
import { PENALTY_PRESETS } from './penalties'
import { NETWORK_PRESETS } from './index'
import type { SourcedFigure } from './types'

function sourcedFigures(value: unknown): SourcedFigure[] {
  if (typeof value !== 'object' || value === null) return []
  if ('kind' in value && value.kind === 'sourced') return [value as SourcedFigure]
  return Object.values(value).flatMap(sourcedFigures)
}

describe('profiles read their figures from the snapshot (its browser view, lib/data/figures.client.json)', () => {
  const all = sourcedFigures({ ...NETWORK_PRESETS, penalties: PENALTY_PRESETS })

  it('finds the figures the engine uses', () => {
    expect(all.length).toBeGreaterThan(25)
  })

  it.each(all.map((f) => [f.id, f] as const))('%s matches content/data/networks.json', (id, f) => {
    const stored = figure(id)
    expect(f).toMatchObject({
      value: stored.value,
      unit: stored.unit,
      asOf: stored.asOf,
      secondary: stored.secondary,
      source: { title: stored.source.title, url: stored.source.url },
    })
  })
})
