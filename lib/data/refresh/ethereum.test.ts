import { describe, expect, it } from 'vitest'
import { ethereumDepositsProbe, ethereumValidatorsProbe, sumGweiAsEth } from './ethereum'
import { fixtureFetch, fixtureHandler, validatorsList } from './fixtures/routes'
import { ProbeError } from './http'

const context = (validators = validatorsList(3, 1)) => ({
  baseUrl: 'https://beacon.example/beacon',
  timeoutMs: 1000,
  fetch: fixtureFetch(fixtureHandler(validators)),
})

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
})
