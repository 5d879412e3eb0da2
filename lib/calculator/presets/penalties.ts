import { sourced } from './from-snapshot'
import { SOURCES } from './sources'
import type { AssumedFigure, IsoDate, Source, SourcedFigure } from './types'

export type EthereumPenaltyProfile = {
  /** A slashed validator loses effective balance / this at once. */
  minSlashingPenaltyQuotient: SourcedFigure
  /** Correlation penalty: effective balance · min(multiplier · slashed / total, 1). */
  proportionalSlashingMultiplier: SourcedFigure
  /** A slashed validator becomes withdrawable this many epochs later (about 36 days). */
  epochsPerSlashingsVector: SourcedFigure
  /**
   * Share of the ideal reward an offline (or slashed, not yet withdrawable) validator pays in penalties:
   * the source and target weights, (14 + 26) / 64. Missed head votes cost nothing extra.
   */
  offlinePenaltyShare: SourcedFigure
}

export type CosmosPenaltyProfile = {
  slashFractionDoubleSign: SourcedFigure
  slashFractionDowntime: SourcedFigure
  downtimeJailSeconds: SourcedFigure
  signedBlocksWindow: SourcedFigure
  minSignedPerWindow: SourcedFigure
  /** Block time used to turn the missed-block window into hours. */
  blockSeconds: AssumedFigure
}

export type SolanaPenaltyProfile = {
  /** Solana's protocol does not slash automatically; where that is documented. */
  protocolSlashing: { implemented: false; source: Source; asOf: IsoDate; note: string }
}

/** Ethereum mainnet penalty constants, dated by the fork that put them in force. */
export const ETHEREUM_PENALTIES: EthereumPenaltyProfile = {
  minSlashingPenaltyQuotient: sourced('ethereum.minSlashingPenaltyQuotient'),
  proportionalSlashingMultiplier: sourced('ethereum.proportionalSlashingMultiplier'),
  epochsPerSlashingsVector: sourced('ethereum.epochsPerSlashingsVector'),
  offlinePenaltyShare: sourced('ethereum.offlinePenaltyShare'),
}

/** Cosmos Hub slashing parameters (x/slashing): cosmoshub-3 defaults, unchanged in cosmoshub-4. */
export const COSMOS_PENALTIES: CosmosPenaltyProfile = {
  slashFractionDoubleSign: sourced('cosmos.slashFractionDoubleSign'),
  slashFractionDowntime: sourced('cosmos.slashFractionDowntime'),
  downtimeJailSeconds: sourced('cosmos.downtimeJailSeconds'),
  signedBlocksWindow: sourced('cosmos.signedBlocksWindow'),
  minSignedPerWindow: sourced('cosmos.minSignedPerWindow'),
  blockSeconds: {
    kind: 'assumption',
    value: 7,
    unit: 'seconds',
    note: 'The block time the Gaia slashing documentation assumes in its own examples; real block times vary.',
  },
}

export const SOLANA_PENALTIES: SolanaPenaltyProfile = {
  protocolSlashing: {
    implemented: false,
    source: SOURCES.solanaStakingDocs,
    asOf: '2026-11-25',
    note: 'The documentation (read on this date) says slashing is not currently implemented in the protocol; delinquent validators simply earn nothing.',
  },
}

export const PENALTY_PRESETS = {
  ethereum: ETHEREUM_PENALTIES,
  cosmos: COSMOS_PENALTIES,
  solana: SOLANA_PENALTIES,
} as const
