import { describe, expect, it } from 'vitest'
import { projectStake } from '../project'
import { CALCULATOR_PRESETS, CALCULATOR_PRESET_KEYS, NETWORK_PRESETS } from './index'
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

  it('derives APRs from the reward models', () => {
    // Ethereum: ⌊64e9 / ⌊√(34.56e6 · 1e9)⌋⌋ = ⌊64e9 / 185,903,200⌋ = 344 Gwei; 344 · 225 · 365 / 1e9 = 2.8251%
    expect(CALCULATOR_PRESETS['eth-solo'].input.apr).toBe(0.028251)
    // Cosmos: 0.10 · (1 − 0.02) / 0.638 = 15.36%
    expect(CALCULATOR_PRESETS['cosmos-delegate'].input.apr).toBeCloseTo(0.153605016, 8)
    // Solana: 0.0507 / 0.65 = 7.8%
    expect(CALCULATOR_PRESETS['solana-delegate'].input.apr).toBeCloseTo(0.078, 12)
  })
})
