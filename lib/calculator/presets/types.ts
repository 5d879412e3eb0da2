import type { FigureId } from '@/lib/data/snapshot'

/** A calendar date, 'YYYY-MM-DD'. */
export type IsoDate = `${number}-${number}-${number}`

export type Source = { title: string; url: string; publisher?: string }

/**
 * A figure from the network snapshot (`content/data/networks.json`), made with `sourced(id)`: `asOf` is
 * the date the figure was true for, as the source states it; `id` links it to its row on the /data page.
 * `note` records anything a reader must know (e.g. an approximate date, or a value derived from it);
 * `secondary` is true when no primary source was found.
 */
export type SourcedFigure = {
  kind: 'sourced'
  id: FigureId
  value: number
  unit: string
  source: Source
  asOf: IsoDate
  secondary: boolean
  note?: string
}

/**
 * An illustrative assumption rather than a measured figure (e.g. a typical fee). The UI should label it
 * as such; `note` says why the value was chosen.
 */
export type AssumedFigure = { kind: 'assumption'; value: number; unit: string; note: string }

export type Figure = SourcedFigure | AssumedFigure

export type NetworkId = 'ethereum' | 'cosmos' | 'solana'

export type StakingMethod = 'solo' | 'delegated' | 'pooled' | 'liquid' | 'exchange'

type ProfileBase = {
  name: string
  symbol: string
  /** Methods this guide models on the network, in display order. */
  methods: readonly StakingMethod[]
  /** Smallest amount each method accepts (0 when the protocol sets none). */
  minimumStake: Partial<Record<StakingMethod, Figure>>
  /** Share of rewards kept by the validator, pool or platform, per method. */
  typicalFee: Partial<Record<StakingMethod, Figure>>
}

export type EthereumProfile = ProfileBase & {
  id: 'ethereum'
  rewardModel: { totalStakedEth: SourcedFigure }
  liquidity: {
    epochSeconds: SourcedFigure
    maxSeedLookaheadEpochs: SourcedFigure
    withdrawabilityDelayEpochs: SourcedFigure
    minChurnEth: SourcedFigure
    maxChurnEth: SourcedFigure
    churnLimitQuotient: SourcedFigure
    withdrawalsPerPayload: SourcedFigure
    validatorCount: SourcedFigure
    /** A recent observed exit queue, for "what if the queue is long" examples (not the default). */
    observedExitQueueEth: SourcedFigure
  }
}

export type CosmosProfile = ProfileBase & {
  id: 'cosmos'
  rewardModel: { inflation: SourcedFigure; bondedRatio: SourcedFigure; communityTax: SourcedFigure }
  liquidity: { unbondingDays: SourcedFigure }
}

export type SolanaProfile = ProfileBase & {
  id: 'solana'
  rewardModel: { inflation: SourcedFigure; stakedFraction: SourcedFigure; inflationStartEpoch: SourcedFigure }
  liquidity: { slotsPerEpoch: SourcedFigure; epochDays: SourcedFigure }
}

export type NetworkProfile = EthereumProfile | CosmosProfile | SolanaProfile
