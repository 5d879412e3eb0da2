import type { NetworkId, StakingMethod } from '@/lib/calculator'

/**
 * Simulated validators and providers. Every name is invented ("Validator A") and every figure made up
 * to show one lesson each; none describes a real operator or platform.
 */
export type ProviderKind = 'setup' | 'validator' | 'pool' | 'protocol' | 'exchange'

export type Provider = {
  /** Stable id used in the URL (`provider=b`). */
  id: string
  name: string
  /** Share of rewards kept (commission or fee), 0 … 1. */
  fee: number
  /** Share of duties performed (blocks signed, attestations) over the last 30 days, 0 … 1. */
  uptime: number
  /** Validators: the operator's own tokens at stake. */
  selfStake: number | null
  /**
   * Validators: voting power share. Pools, protocols, exchanges: share of all stake on the network.
   * Setups: share of validators running the same client software.
   */
  share: number
  /** Days since it was last slashed, or null. */
  slashedDaysAgo: number | null
  /** Days since it was last jailed or penalised for downtime, or null. */
  jailedDaysAgo: number | null
  /** Pools, protocols, exchanges: how many node operators run their validators. */
  operators: number | null
  /** Setups: where the node runs. */
  hosting: 'home' | 'cloud' | null
}

type Required = 'id' | 'name' | 'fee' | 'uptime' | 'share'
type ProviderInit = Pick<Provider, Required> & Partial<Omit<Provider, Required>>

const make = (p: ProviderInit): Provider => ({
  selfStake: null,
  slashedDaysAgo: null,
  jailedDaysAgo: null,
  operators: null,
  hosting: null,
  ...p,
})

function setups(): Provider[] {
  return [
    make({ id: 'a', name: 'Home node, client A', fee: 0, uptime: 0.985, share: 0.68, hosting: 'home' }),
    make({ id: 'b', name: 'Home node, client C', fee: 0, uptime: 0.985, share: 0.12, hosting: 'home' }),
    make({ id: 'c', name: 'Rented server, client B', fee: 0, uptime: 0.995, share: 0.2, hosting: 'cloud' }),
  ]
}

function validators(): Provider[] {
  return [
    make({ id: 'a', name: 'Validator A', fee: 0.05, uptime: 0.999, selfStake: 50_000, share: 0.121 }),
    make({ id: 'b', name: 'Validator B', fee: 0.05, uptime: 0.998, selfStake: 12_000, share: 0.014 }),
    make({ id: 'c', name: 'Validator C', fee: 1, uptime: 0.999, selfStake: 1_000, share: 0.006 }),
    make({
      id: 'd',
      name: 'Validator D',
      fee: 0.03,
      uptime: 0.972,
      selfStake: 2_000,
      share: 0.009,
      slashedDaysAgo: 40,
    }),
    make({
      id: 'e',
      name: 'Validator E',
      fee: 0,
      uptime: 0.995,
      selfStake: 0,
      share: 0.021,
      jailedDaysAgo: 20,
    }),
    make({ id: 'f', name: 'Validator F', fee: 0.08, uptime: 0.9995, selfStake: 30_000, share: 0.008 }),
  ]
}

function pools(): Provider[] {
  return [
    make({ id: 'a', name: 'Pool A', fee: 0.1, uptime: 0.997, share: 0.02, operators: 30 }),
    make({ id: 'b', name: 'Pool B', fee: 0.15, uptime: 0.99, share: 0.005, operators: 3 }),
    make({ id: 'c', name: 'Pool C', fee: 0.05, uptime: 0.998, share: 0.08, operators: 1200 }),
  ]
}

function protocols(): Provider[] {
  return [
    make({ id: 'a', name: 'Protocol A', fee: 0.1, uptime: 0.998, share: 0.28, operators: 35 }),
    make({ id: 'b', name: 'Protocol B', fee: 0.1, uptime: 0.997, share: 0.02, operators: 600 }),
    make({ id: 'c', name: 'Protocol C', fee: 0.05, uptime: 0.995, share: 0.004, operators: 4 }),
  ]
}

function exchanges(): Provider[] {
  return [
    make({ id: 'a', name: 'Exchange A', fee: 0.25, uptime: 0.998, share: 0.12, operators: 1 }),
    make({ id: 'b', name: 'Exchange B', fee: 0.35, uptime: 0.997, share: 0.03, operators: 1 }),
    make({ id: 'c', name: 'Exchange C', fee: 0.6, uptime: 0.99, share: 0.01, operators: 1 }),
  ]
}

/** The kind of choice each method makes in step 2. */
export function providerKind(method: StakingMethod): ProviderKind {
  const kinds: Record<StakingMethod, ProviderKind> = {
    solo: 'setup',
    delegated: 'validator',
    pooled: 'pool',
    liquid: 'protocol',
    exchange: 'exchange',
  }
  return kinds[method]
}

/** The simulated choices for a method on a network. */
export function providersFor(_network: NetworkId, method: StakingMethod): Provider[] {
  switch (providerKind(method)) {
    case 'setup':
      return setups()
    case 'validator':
      return validators()
    case 'pool':
      return pools()
    case 'protocol':
      return protocols()
    case 'exchange':
      return exchanges()
  }
}

export function findProvider(
  network: NetworkId,
  method: StakingMethod | null,
  id: string | null,
): Provider | undefined {
  if (method === null || id === null) return undefined
  return providersFor(network, method).find((p) => p.id === id)
}
