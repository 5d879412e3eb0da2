/** A calendar date, 'YYYY-MM-DD'. */
export type IsoDate = `${number}-${number}-${number}`

export type Source = { title: string; url: string }

/**
 * A figure taken from a source: `asOf` is the date the figure was true for, as the source states it.
 * `note` records anything a reader must know (e.g. an approximate date, or a value derived from it).
 */
export type SourcedFigure = {
  kind: 'sourced'
  value: number
  unit: string
  source: Source
  asOf: IsoDate
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
