import { describe, expect, it } from 'vitest'
import { snapshot } from '../snapshot'
import { applyOutcomes } from './apply'
import { ethereumDepositsProbe, ethereumValidatorsProbe, sumGweiAsEth } from './ethereum'
import pendingDeposits from './fixtures/beacon-pending-deposits.json'
import { fixtureFetch, fixtureHandler, validatorsList, type FixtureHandler } from './fixtures/routes'
import { ProbeError, type FetchLike } from './http'

const context = (validators = validatorsList(3, 1)) => ({
  baseUrl: 'https://beacon.example/beacon',
  timeoutMs: 1000,
  fetch: fixtureFetch(fixtureHandler(validators)),
})

const DEPOSITS_PATH = '/beacon/eth/v1/beacon/states/head/pending_deposits'

/** The fixture beacon node, except that pending_deposits answers with `body` and `status`. */
function deposits(body: string, status = 200, timeoutMs = 1000) {
  const normal = fixtureHandler()
  const handler: FixtureHandler = (request) =>
    request.path === DEPOSITS_PATH ? { status, body } : normal(request)
  return { baseUrl: 'https://beacon.example/beacon', timeoutMs, fetch: fixtureFetch(handler) }
}

/** The recorded response with its deposits replaced by these amounts (Gwei strings). */
const withAmounts = (...amounts: string[]) =>
  JSON.stringify({
    ...pendingDeposits,
    data: amounts.map((amount, i) => ({ ...pendingDeposits.data[i % 2]!, amount })),
  })

async function depositsFailure(context: ReturnType<typeof deposits>): Promise<string> {
  try {
    await ethereumDepositsProbe.run(context)
  } catch (error) {
    expect(error).toBeInstanceOf(ProbeError)
    return (error as Error).message
  }
  throw new Error('expected a ProbeError')
}

/** The deposits probe's reading applied to the real snapshot, as `npm run data:refresh` does. */
async function applyToSnapshot(body: string) {
  const readings = await ethereumDepositsProbe.run(deposits(body))
  const outcome = {
    ok: true as const,
    readings,
    bounds: ethereumDepositsProbe.bounds,
    source: ethereumDepositsProbe.source,
  }
  return applyOutcomes(snapshot(), [outcome], { today: '2026-11-30', maxChangeFactor: 3 })
}

describe('Ethereum probes', () => {
  it('sums Gwei exactly beyond Number precision', () => {
    // 17,500 · 2,048 ETH = 35,840,000 ETH = 3.584e16 Gwei (> 2^53); plus 1 Gwei
    const values = [...Array(17_500).fill('2048000000000'), '1']
    expect(sumGweiAsEth(values)).toBe(35_840_000.000000001)
  })

  it('reads total active stake, the validator count and the exit queue from the validators list', async () => {
    const readings = await ethereumValidatorsProbe.run(context())
    expect(readings.map((r) => [r.id, r.value])).toEqual([
      ['ethereum.totalStaked', 3 * 2048],
      ['ethereum.validatorCount', 3],
      ['ethereum.exitQueue', 2048],
    ])
  })

  it('ignores validators that are not active, whatever the node returns', async () => {
    const list = validatorsList(4, 0)
    list.data[3] = { ...list.data[3]!, status: 'pending_queued' }
    const readings = await ethereumValidatorsProbe.run(context(list))
    expect(readings.find((r) => r.id === 'ethereum.validatorCount')?.value).toBe(3)
  })

  it('sums the pending deposits (32 ETH and a 1 ETH top-up)', async () => {
    const [reading] = await ethereumDepositsProbe.run(context())
    expect(reading).toMatchObject({ id: 'ethereum.entryQueue', value: 33 })
    expect(reading?.note).toMatch(/^Sum of 2 pending deposits/)
  })

  it('refuses a balance that is not a whole number of Gwei', async () => {
    const list = validatorsList(1, 0)
    list.data[0]!.validator.effective_balance = '32.5'
    await expect(ethereumValidatorsProbe.run(context(list))).rejects.toThrow(ProbeError)
    await expect(ethereumValidatorsProbe.run(context(list))).rejects.toThrow(
      /data\.0\.validator\.effective_balance: must be a whole number of Gwei/,
    )
  })

  describe('pending deposits (the entry queue)', () => {
    it('reads an empty queue as 0 ETH', async () => {
      expect(await ethereumDepositsProbe.run(deposits(withAmounts()))).toEqual([
        {
          id: 'ethereum.entryQueue',
          value: 0,
          note: 'Sum of 0 pending deposits (new validators and top-ups) at the head state, read by npm run data:refresh.',
        },
      ])
    })

    it('sums 10,000 deposits of 32 ETH exactly: 320,000 ETH', async () => {
      const body = withAmounts(...Array<string>(10_000).fill('32000000000'))
      const [reading] = await ethereumDepositsProbe.run(deposits(body))
      expect(reading?.value).toBe(320_000)
      expect(reading?.note).toMatch(/^Sum of 10,000 pending deposits/)
    })

    it.each([
      [
        'a state before Electra (HTTP 400)',
        deposits('{"code":400,"message":"Invalid state ID"}', 400),
        'HTTP 400 from beacon.example' + DEPOSITS_PATH,
      ],
      ['a server error', deposits('Bad gateway', 502), 'HTTP 502 from beacon.example' + DEPOSITS_PATH],
      [
        'malformed JSON',
        deposits('{"data":[{"amount":"32000000000"'),
        'malformed JSON from beacon.example' + DEPOSITS_PATH,
      ],
      [
        'an amount that is a number, not a Gwei string',
        deposits('{"data":[{"amount":32000000000,"slot":"13045121"}]}'),
        `unexpected response from beacon.example${DEPOSITS_PATH}: data.0.amount: Invalid input: expected string, received number`,
      ],
      [
        'a response without data',
        deposits('{"version":"fulu","execution_optimistic":false,"finalized":true}'),
        `unexpected response from beacon.example${DEPOSITS_PATH}: data: Invalid input: expected array, received undefined`,
      ],
    ])('reports %s as a one-line reason', async (_what, context, message) => {
      expect(await depositsFailure(context)).toBe(message)
    })

    it('gives up on a node that does not answer in time', async () => {
      const hang: FetchLike = (_url, init) =>
        new Promise((_resolve, reject) =>
          init.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
        )
      const context = { baseUrl: 'https://beacon.example/beacon', timeoutMs: 20, fetch: hang }
      expect(await depositsFailure(context)).toBe(`timed out after 0.02 s (beacon.example${DEPOSITS_PATH})`)
    })

    it('refuses a queue above the 130 M ETH sanity bound and keeps the snapshot value', async () => {
      // 5,000 deposits of 32,768 ETH = 163,840,000 ETH
      const body = withAmounts(...Array<string>(5_000).fill('32768000000000'))
      const { snapshot: next, rows } = await applyToSnapshot(body)
      expect(rows).toEqual([
        {
          id: 'ethereum.entryQueue',
          status: 'refused',
          old: snapshot().figures['ethereum.entryQueue']?.value,
          new: 163_840_000,
          reason: '163840000 is outside the sane range 0–130000000',
        },
      ])
      expect(next.figures['ethereum.entryQueue']).toEqual(snapshot().figures['ethereum.entryQueue'])
    })

    it('takes a queue that emptied (a swing far beyond the 3× change limit) and dates it today', async () => {
      const { snapshot: next, rows } = await applyToSnapshot(withAmounts('32000000000', '1000000000'))
      expect(rows[0]).toMatchObject({ status: 'updated', new: 33 })
      expect(next.figures['ethereum.entryQueue']).toMatchObject({
        value: 33,
        asOf: '2026-11-30',
        method: 'api',
        label: snapshot().figures['ethereum.entryQueue']?.label,
        source: ethereumDepositsProbe.source,
      })
    })
  })
})
