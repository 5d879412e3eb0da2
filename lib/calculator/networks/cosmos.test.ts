import { describe, expect, it } from 'vitest'
import { cosmosStakingApr } from './cosmos'

const hub = { inflation: 0.1, bondedRatio: 0.638, communityTax: 0.02, commission: 0.05 }

describe('cosmosStakingApr', () => {
  it.each([
    // 0.10 · (1 − 0.02) / 0.638 · (1 − 0.05) = 0.098 / 0.638 · 0.95 = 0.153605 · 0.95 = 0.145925
    { name: 'Hub-like parameters give about 14.6%', input: hub, apr: 0.1459247648902821 },
    // 0.07 / 0.7 = 0.10 with no tax or commission
    {
      name: 'inflation over bonded ratio with no tax or commission',
      input: { inflation: 0.07, bondedRatio: 0.7, communityTax: 0, commission: 0 },
      apr: 0.1,
    },
    // everything bonded: the APR is inflation after tax and commission: 0.1 · 0.9 · 0.9 = 0.081
    {
      name: 'a fully bonded chain pays inflation after tax and commission',
      input: { inflation: 0.1, bondedRatio: 1, communityTax: 0.1, commission: 0.1 },
      apr: 0.081,
    },
  ])('$name', ({ input, apr }) => {
    expect(cosmosStakingApr(input)).toBeCloseTo(apr, 15)
  })

  it.each([
    { patch: { bondedRatio: 0 }, field: 'bondedRatio' },
    { patch: { bondedRatio: 1.2 }, field: 'bondedRatio' },
    { patch: { communityTax: -0.1 }, field: 'communityTax' },
    { patch: { communityTax: 1.1 }, field: 'communityTax' },
    { patch: { commission: 2 }, field: 'commission' },
    { patch: { inflation: -0.01 }, field: 'inflation' },
    { patch: { inflation: Number.NaN }, field: 'inflation' },
  ])('rejects $patch naming $field', ({ patch, field }) => {
    expect(() => cosmosStakingApr({ ...hub, ...patch })).toThrow(expect.objectContaining({ field }))
  })

  it('explains an out-of-range commission in plain English', () => {
    expect(() => cosmosStakingApr({ ...hub, commission: 2 })).toThrow(
      'Commission must be between 0% and 100%',
    )
  })
})
