import { describe, expect, it } from 'vitest'
import { fixtureFetch, fixtureHandler, type FixtureHandler } from './fixtures/routes'
import solana from './fixtures/solana.json'
import { solanaEpochProbe, solanaInflationProbe, solanaStakeProbe } from './solana'

const context = (handler: FixtureHandler = fixtureHandler()) => ({
  baseUrl: 'https://rpc.example/solana',
  timeoutMs: 1000,
  fetch: fixtureFetch(handler),
})

/** The fixture server, except that `method` answers with `reply` (a JSON-RPC body or raw text). */
function breaking(method: string, reply: string, status = 200): FixtureHandler {
  const normal = fixtureHandler()
  return (request) => (request.body.includes(`"${method}"`) ? { status, body: reply } : normal(request))
}

describe('Solana probes', () => {
  it('reads the total inflation rate and the epoch it is for', async () => {
    expect(await solanaInflationProbe.run(context())).toEqual([
      {
        id: 'solana.inflation',
        value: 0.03546817969115986,
        note: 'Total inflation for epoch 1063, read by npm run data:refresh.',
      },
      {
        id: 'solana.referenceEpoch',
        value: 1063,
        note: 'The epoch getInflationRate reported, read by npm run data:refresh.',
      },
    ])
  })

  it('divides the activated stake of every vote account (delinquent too) by the total supply', async () => {
    const [reading] = await solanaStakeProbe.run(context())
    const staked = 14_650_210_334_218_846 + 401_000_000_000_000_000 + 2_100_000_000_000_000
    expect(reading?.value).toBeCloseTo(staked / solana.getSupply.value.total, 15)
    expect(reading?.value).toBeCloseTo(0.6716, 4)
    expect(reading?.note).toBe(
      '417,750,210 SOL activated stake over 622,015,752 SOL total supply at slot 459216021, read by npm run data:refresh.',
    )
  })

  it('times an epoch from the performance samples: 432,000 slots × 240 s / 600 slots = 2.0 days', async () => {
    const readings = await solanaEpochProbe.run(context())
    expect(readings.map((r) => r.id)).toEqual(['solana.slotsPerEpoch', 'solana.epochDays'])
    expect(readings[0]?.value).toBe(432_000)
    expect(readings[1]?.value).toBeCloseTo((432_000 * 240) / 600 / 86_400, 12)
    expect(readings[1]?.value).toBeCloseTo(2, 12)
  })

  it('turns a JSON-RPC error into the node’s message', async () => {
    const handler = breaking(
      'getInflationRate',
      '{"jsonrpc":"2.0","id":1,"error":{"code":-32005,"message":"Node is behind by 1042 slots"}}',
    )
    await expect(solanaInflationProbe.run(context(handler))).rejects.toThrow(
      'getInflationRate: RPC error -32005: Node is behind by 1042 slots',
    )
  })

  it('fails the whole probe when one of its requests fails (partial answers are not used)', async () => {
    const handler = breaking('getRecentPerformanceSamples', 'Bad gateway', 502)
    await expect(solanaEpochProbe.run(context(handler))).rejects.toThrow('HTTP 502 from rpc.example/solana')
  })

  it('rejects a result of the wrong shape', async () => {
    const handler = breaking(
      'getSupply',
      '{"jsonrpc":"2.0","id":1,"result":{"context":{"slot":1},"value":{"total":"622"}}}',
    )
    await expect(solanaStakeProbe.run(context(handler))).rejects.toThrow(
      /^getSupply: unexpected result: value\.total/,
    )
  })

  it('refuses empty performance samples instead of dividing by zero', async () => {
    const handler = breaking('getRecentPerformanceSamples', '{"jsonrpc":"2.0","id":1,"result":[]}')
    await expect(solanaEpochProbe.run(context(handler))).rejects.toThrow(
      'getRecentPerformanceSamples: no slots in the samples',
    )
  })
})
