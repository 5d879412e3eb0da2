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
  minSlashingPenaltyQuotient: {
    kind: 'sourced',
    value: 4096,
    unit: 'divisor',
    source: SOURCES.ethElectraPreset,
    asOf: '2025-05-07',
    note: 'MIN_SLASHING_PENALTY_QUOTIENT_ELECTRA: 32 ETH / 4,096 = 0.0078 ETH (it was 1/32, a whole ETH, before Electra).',
  },
  proportionalSlashingMultiplier: {
    kind: 'sourced',
    value: 3,
    unit: 'multiplier',
    source: SOURCES.ethBellatrixPreset,
    asOf: '2022-09-06',
    note: 'PROPORTIONAL_SLASHING_MULTIPLIER_BELLATRIX, applied halfway through the slashing period (process_slashings).',
  },
  epochsPerSlashingsVector: {
    kind: 'sourced',
    value: 8192,
    unit: 'epochs',
    source: SOURCES.ethPhase0Preset,
    asOf: '2020-12-01',
    note: 'EPOCHS_PER_SLASHINGS_VECTOR: slash_validator sets withdrawable_epoch to at least epoch + 8,192 (about 36 days).',
  },
  offlinePenaltyShare: {
    kind: 'sourced',
    value: (14 + 26) / 64,
    unit: 'share of the ideal reward',
    source: SOURCES.ethAltairBeaconChain,
    asOf: '2021-10-27',
    note: 'TIMELY_SOURCE_WEIGHT 14 + TIMELY_TARGET_WEIGHT 26 over WEIGHT_DENOMINATOR 64 (get_flag_index_deltas); Altair fork date.',
  },
}

/** Cosmos Hub slashing parameters (x/slashing): cosmoshub-3 defaults, unchanged in cosmoshub-4. */
export const COSMOS_PENALTIES: CosmosPenaltyProfile = {
  slashFractionDoubleSign: {
    kind: 'sourced',
    value: 0.05,
    unit: 'share of bonded stake',
    source: SOURCES.cosmosSlashingParams,
    asOf: '2019-12-11',
    note: 'SlashFractionDoubleSign; the validator is also tombstoned (removed from the active set for good).',
  },
  slashFractionDowntime: {
    kind: 'sourced',
    value: 0.0001,
    unit: 'share of bonded stake',
    source: SOURCES.cosmosSlashingParams,
    asOf: '2019-12-11',
    note: 'SlashFractionDowntime (0.01%), with jailing.',
  },
  downtimeJailSeconds: {
    kind: 'sourced',
    value: 600,
    unit: 'seconds',
    source: SOURCES.cosmosSlashingParams,
    asOf: '2019-12-11',
    note: 'DowntimeJailDuration: at least 10 minutes, then the operator must send an unjail transaction.',
  },
  signedBlocksWindow: {
    kind: 'sourced',
    value: 10_000,
    unit: 'blocks',
    source: SOURCES.cosmosSlashingParams,
    asOf: '2019-12-11',
  },
  minSignedPerWindow: {
    kind: 'sourced',
    value: 0.05,
    unit: 'share of the window',
    source: SOURCES.cosmosSlashingParams,
    asOf: '2019-12-11',
    note: 'Missing 9,500 of the last 10,000 blocks is a liveness fault.',
  },
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
