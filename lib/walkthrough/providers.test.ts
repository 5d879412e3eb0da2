import { describe, expect, it } from 'vitest'
import { NETWORK_PRESETS } from '@/lib/calculator'
import { providerFlags } from './flags'
import { findProvider, providerKind, providersFor } from './providers'
import { NETWORK_IDS } from './types'

const all = NETWORK_IDS.flatMap((network) =>
  NETWORK_PRESETS[network].methods.flatMap((method) =>
    providersFor(network, method).map((p) => ({ network, method, p })),
  ),
)

describe('simulated providers', () => {
  it('have invented, generic names only (no real platform)', () => {
    for (const { p } of all)
      expect(p.name).toMatch(
        /^(Validator|Pool|Protocol|Exchange) [A-F]$|^(Home node|Rented server), client [A-C]$/,
      )
  })

  it('have unique ids and sane figures', () => {
    for (const network of NETWORK_IDS)
      for (const method of NETWORK_PRESETS[network].methods) {
        const list = providersFor(network, method)
        expect(new Set(list.map((p) => p.id)).size).toBe(list.length)
        for (const p of list) {
          expect(p.fee).toBeGreaterThanOrEqual(0)
          expect(p.fee).toBeLessThanOrEqual(1)
          expect(p.uptime).toBeLessThanOrEqual(1)
          expect(p.share).toBeLessThan(1)
        }
      }
  })

  it('flags the obviously bad choices', () => {
    const flags = (id: string) => {
      const p = findProvider('cosmos', 'delegated', id)
      if (!p) throw new Error(id)
      return providerFlags(p, 'validator').map((f) => `${f.severity}:${f.id}`)
    }
    expect(flags('a')).toEqual(['risk:large-share'])
    expect(flags('b')).toEqual([])
    expect(flags('c')).toEqual(['risk:keeps-all-rewards'])
    expect(flags('d')).toEqual(['risk:recent-slashing', 'warning:low-uptime'])
    expect(flags('e')).toEqual(['warning:zero-commission', 'warning:recent-jailing', 'warning:no-self-stake'])
    expect(flags('f')).toEqual([])
  })

  it('flags a supermajority client, a near-third protocol, few operators and a high fee', () => {
    const ids = (
      network: 'ethereum' | 'solana',
      method: 'solo' | 'liquid' | 'pooled' | 'exchange',
      id: string,
    ) => {
      const p = findProvider(network, method, id)
      if (!p) throw new Error(id)
      return providerFlags(p, providerKind(method)).map((f) => f.id)
    }
    expect(ids('ethereum', 'solo', 'a')).toEqual(['supermajority-client'])
    expect(ids('ethereum', 'solo', 'b')).toEqual([])
    expect(ids('ethereum', 'liquid', 'a')).toEqual(['approaching-third'])
    expect(ids('ethereum', 'pooled', 'b')).toEqual(['few-operators'])
    expect(ids('solana', 'exchange', 'c')).toEqual(['high-fee'])
  })
})
