import { describe, expect, it } from 'vitest'
import { scenarioFromAttributes } from './mdx'
import { parseScenarioQuery } from './parse'

describe('scenarioFromAttributes', () => {
  it('reads the engine v2 choices as the link parameters of the same names do', () => {
    const fromMdx = scenarioFromAttributes({
      preset: 'eth-solo',
      rates: 'model',
      stakeGrowth: 1_000_000,
      credentials: '0x02',
      entryQueue: 1_500_000,
      exitQueue: 2_500_000,
    })
    const fromUrl = parseScenarioQuery(
      'network=ethereum&rates=model&stakeGrowth=1000000&credentials=0x02&entryQueue=1500000&exitQueue=2500000',
    )
    expect(fromUrl.issues).toEqual([])
    expect(fromMdx).toEqual(fromUrl.scenario)
    expect(fromMdx).toMatchObject({ rates: 'model', credentials: '0x02', stakeGrowth: 1_000_000 })
  })

  it('leaves the choices out when the attributes do', () => {
    const s = scenarioFromAttributes({ preset: 'eth-solo' })
    for (const key of ['rates', 'stakeGrowth', 'credentials', 'entryQueue', 'exitQueue'])
      expect(s).not.toHaveProperty(key)
  })
})
