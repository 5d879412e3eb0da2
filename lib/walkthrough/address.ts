import type { NetworkId, StakingMethod } from '@/lib/calculator'
import { mulberry32 } from '@/lib/calculator/prng'

/** What the reader's signature sends stake to, in the simulation: a contract, a validator or a vote account. */
export type RecipientKind = 'contract' | 'validator' | 'vote-account' | 'pool'

export type SimulatedRecipient = { kind: RecipientKind; address: string }

const HEX = '0123456789abcdef'
/** bech32's data alphabet (BIP-173): Cosmos addresses use it after the `1` separator. */
const BECH32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'
/** Bitcoin's base58 alphabet, which Solana addresses use. */
const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'

/** FNV-1a over the text: a stable 32-bit seed, so one provider always shows one address. */
function seedOf(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193)
  return hash >>> 0
}

function randomText(seed: string, alphabet: string, length: number): string {
  const next = mulberry32(seedOf(seed))
  let out = ''
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(next() * alphabet.length)]
  return out
}

/**
 * The invented address a stake in the walkthrough goes to, in the network's own format (so readers learn what
 * to compare): Ethereum `0x` + 40 hex digits (a contract), Cosmos `cosmosvaloper1…` (bech32, 52 characters),
 * Solana base58 (44 characters). `null` for a custodial platform: the reader signs nothing on the network.
 * Never a real address.
 */
export function simulatedRecipient(
  network: NetworkId,
  method: StakingMethod,
  providerId: string,
): SimulatedRecipient | null {
  if (method === 'exchange') return null
  const seed = `${network}/${method}/${providerId}`
  if (network === 'ethereum') return { kind: 'contract', address: `0x${randomText(seed, HEX, 40)}` }
  if (network === 'cosmos') {
    if (method === 'delegated')
      return { kind: 'validator', address: `cosmosvaloper1${randomText(seed, BECH32, 38)}` }
    return { kind: 'contract', address: `cosmos1${randomText(seed, BECH32, 58)}` }
  }
  const kind: RecipientKind = method === 'delegated' || method === 'solo' ? 'vote-account' : 'pool'
  return { kind, address: randomText(seed, BASE58, 44) }
}

/** An address in groups of four characters, the way to read it aloud or compare it piece by piece. */
export function addressGroups(address: string): string[] {
  return address.match(/.{1,4}/g) ?? []
}
