import { describe, expect, it } from 'vitest'
import { cosmosDistributionProbe, cosmosMintProbe, cosmosSlashingProbe, cosmosStakingProbe } from './cosmos'
import { fixtureFetch, fixtureHandler, type FixtureHandler } from './fixtures/routes'

const context = (handler: FixtureHandler = fixtureHandler()) => ({
  baseUrl: 'https://lcd.example/cosmos',
  timeoutMs: 1000,
  fetch: fixtureFetch(handler),
})
const values = (readings: { id: string; value: number }[]) =>
  Object.fromEntries(readings.map((r) => [r.id, r.value]))

describe('Cosmos probes', () => {
  it('reads inflation and the mint parameters from their decimal strings', async () => {
    expect(values(await cosmosMintProbe.run(context()))).toEqual({
      'cosmos.inflation': 0.1,
      'cosmos.inflationMax': 0.1,
      'cosmos.inflationMin': 0.07,
      'cosmos.goalBonded': 0.67,
      'cosmos.inflationRateChange': 1,
    })
  })

  it('divides bonded tokens by the bank supply of the bond denomination, and turns "1814400s" into 21 days', async () => {
    const readings = await cosmosStakingProbe.run(context())
    expect(values(readings)['cosmos.bondedRatio']).toBeCloseTo(290_412_655_107_831 / 480_733_102_866_512, 15)
    expect(values(readings)['cosmos.unbondingDays']).toBe(21)
    expect(readings[0]?.note).toBe(
      '290,412,655 ATOM bonded over 480,733,103 ATOM supply, read by npm run data:refresh.',
    )
  })

  it('reads the community tax and every slashing parameter', async () => {
    expect(values(await cosmosDistributionProbe.run(context()))).toEqual({ 'cosmos.communityTax': 0.02 })
    expect(values(await cosmosSlashingProbe.run(context()))).toEqual({
      'cosmos.signedBlocksWindow': 10_000,
      'cosmos.minSignedPerWindow': 0.05,
      'cosmos.downtimeJailSeconds': 600,
      'cosmos.slashFractionDoubleSign': 0.05,
      'cosmos.slashFractionDowntime': 0.0001,
    })
  })

  it('refuses a duration without its unit', async () => {
    const normal = fixtureHandler()
    const handler: FixtureHandler = (r) =>
      r.path.endsWith('/slashing/v1beta1/params')
        ? {
            status: 200,
            body: '{"params":{"signed_blocks_window":"10000","min_signed_per_window":"0.05","downtime_jail_duration":"600","slash_fraction_double_sign":"0.05","slash_fraction_downtime":"0.0001"}}',
          }
        : normal(r)
    await expect(cosmosSlashingProbe.run(context(handler))).rejects.toThrow(
      /params\.downtime_jail_duration: must be a duration such as "1814400s"/,
    )
  })

  it('reports the LCD’s own error for a missing route', async () => {
    const handler: FixtureHandler = () => ({
      status: 501,
      body: '{"code":12,"message":"Not Implemented","details":[]}',
    })
    await expect(cosmosDistributionProbe.run(context(handler))).rejects.toThrow(
      'HTTP 501 from lcd.example/cosmos/cosmos/distribution/v1beta1/params',
    )
  })
})
