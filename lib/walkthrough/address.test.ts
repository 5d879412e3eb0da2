import { describe, expect, it } from 'vitest'
import { addressGroups, simulatedRecipient } from './address'

describe('simulatedRecipient', () => {
  it.each([
    ['ethereum', 'solo', /^0x[0-9a-f]{40}$/],
    ['ethereum', 'liquid', /^0x[0-9a-f]{40}$/],
    ['cosmos', 'delegated', /^cosmosvaloper1[qpzry9x8gf2tvdw0s3jn54khce6mua7l]{38}$/],
    ['solana', 'delegated', /^[1-9A-HJ-NP-Za-km-z]{44}$/],
  ] as const)('a %s %s stake goes to an address in the network’s format', (network, method, format) => {
    expect(simulatedRecipient(network, method, 'a')?.address).toMatch(format)
  })

  it('gives one provider one address, and different providers different ones', () => {
    const a = simulatedRecipient('cosmos', 'delegated', 'a')
    expect(simulatedRecipient('cosmos', 'delegated', 'a')).toEqual(a)
    expect(simulatedRecipient('cosmos', 'delegated', 'b')?.address).not.toBe(a?.address)
  })

  it('has no address for a custodial platform (the reader signs nothing on the network)', () => {
    expect(simulatedRecipient('ethereum', 'exchange', 'x')).toBeNull()
  })

  it('splits an address into groups of four for comparison', () => {
    expect(addressGroups('0x1234abcd99')).toEqual(['0x12', '34ab', 'cd99'])
  })
})
