import { COSMOS_PROFILE } from './cosmos'
import { ETHEREUM_PROFILE } from './ethereum'
import { SOLANA_PROFILE } from './solana'
import type { NetworkId, NetworkProfile } from './types'

export { COSMOS_PROFILE } from './cosmos'
export { ETHEREUM_PROFILE } from './ethereum'
export { SOLANA_PROFILE } from './solana'
export { SOURCES } from './sources'
export type * from './types'

/** Every network profile by id, for preset buttons and the walkthrough. */
export const NETWORK_PRESETS: {
  ethereum: typeof ETHEREUM_PROFILE
  cosmos: typeof COSMOS_PROFILE
  solana: typeof SOLANA_PROFILE
} = {
  ethereum: ETHEREUM_PROFILE,
  cosmos: COSMOS_PROFILE,
  solana: SOLANA_PROFILE,
}

export function networkProfile(id: NetworkId): NetworkProfile {
  return NETWORK_PRESETS[id]
}

export { CALCULATOR_PRESETS, CALCULATOR_PRESET_KEYS, SOLANA_EPOCHS_PER_YEAR } from './calculator'
export type { CalculatorPreset, CalculatorPresetKey } from './calculator'
