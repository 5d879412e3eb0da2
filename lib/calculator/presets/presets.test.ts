import { describe, expect, it } from 'vitest'
import { projectStake } from '../project'
import { CALCULATOR_PRESETS, CALCULATOR_PRESET_KEYS, NETWORK_PRESETS } from './index'
import { figure } from '@/lib/data/snapshot'
import type { Figure } from './types'

/** Every figure anywhere inside a profile. */
function figures(value: unknown): Figure[] {
  if (typeof value !== 'object' || value === null) return []
  if ('kind' in value && (value.kind === 'sourced' || value.kind === 'assumption')) return [value as Figure]
  return Object.values(value).flatMap(figures)
}

describe('network presets', () => {
  it.each(Object.values(NETWORK_PRESETS))(
    '$name gives every sourced figure a source URL and an as-of date',
    (profile) => {
      const all = figures(profile)
      expect(all.length).toBeGreaterThan(5)
      for (const figure of all) {
        expect(Number.isFinite(figure.value)).toBe(true)
        if (figure.kind === 'sourced') {
          expect(figure.source.url).toMatch(/^https:\/\//)
          expect(figure.source.title.length).toBeGreaterThan(10)
          expect(figure.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/)
        } else {
          expect(figure.note.length).toBeGreaterThan(5)
        }
      }
    },
  )

  it('lists a minimum stake and a typical fee for every method a network offers', () => {
    for (const profile of Object.values(NETWORK_PRESETS)) {
      for (const method of profile.methods) {
        expect(profile.minimumStake[method]).toBeDefined()
        expect(profile.typicalFee[method]).toBeDefined()
      }
    }
  })

  it('sets the solo Ethereum minimum to 32 ETH from the spec', () => {
    expect(NETWORK_PRESETS.ethereum.minimumStake.solo).toMatchObject({ kind: 'sourced', value: 32 })
  })
})

describe('calculator presets', () => {
  it.each(CALCULATOR_PRESET_KEYS)('%s is a valid calculator input', (key) => {
    const preset = CALCULATOR_PRESETS[key]
    expect(preset.key).toBe(key)
    expect(() => projectStake(preset.input)).not.toThrow()
  })

  it('derives APRs from the reward models and the snapshot figures', () => {
    const v = (id: Parameters<typeof figure>[0]) => figure(id).value
    // Ethereum: ⌊64e9 / ⌊√(S · 1e9)⌋⌋ Gwei · 225 · 365 / 1e9; 35,633,279 ETH: ⌊64e9 / 188,767,791⌋ = 339 → 2.7840%
    const baseReward = Math.floor(64e9 / Math.floor(Math.sqrt(v('ethereum.totalStaked') * 1e9)))
    expect(CALCULATOR_PRESETS['eth-solo'].input.apr).toBeCloseTo((baseReward * 225 * 365) / 1e9, 12)
    // Cosmos: inflation · (1 − community tax) / bonded ratio; 0.10 · 0.98 / 0.638 = 15.36%
    const cosmosApr = (v('cosmos.inflation') * (1 - v('cosmos.communityTax'))) / v('cosmos.bondedRatio')
    expect(CALCULATOR_PRESETS['cosmos-delegate'].input.apr).toBeCloseTo(cosmosApr, 12)
    // Solana: inflation / staked fraction; 0.0418 / 0.68 = 6.15%
    const solApr = v('solana.inflation') / v('solana.stakedFraction')
    expect(CALCULATOR_PRESETS['solana-delegate'].input.apr).toBeCloseTo(solApr, 12)
  })
})
