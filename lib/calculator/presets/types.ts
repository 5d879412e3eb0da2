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
  rewardModel: {
    totalStakedEth: SourcedFigure
    /** Yearly change of total ETH staked for the rate path (0: held at today's figure). */
    stakeGrowthEthPerYear: AssumedFigure
  }
  liquidity: {
    epochSeconds: SourcedFigure
    maxSeedLookaheadEpochs: SourcedFigure
    withdrawabilityDelayEpochs: SourcedFigure
    minChurnEth: SourcedFigure
    maxChurnEth: SourcedFigure
    churnLimitQuotient: SourcedFigure
    withdrawalsPerPayload: SourcedFigure
    validatorCount: SourcedFigure
    /** A recent observed exit queue: the default exit queue ahead of a new exit. */
    observedExitQueueEth: SourcedFigure
    /** A recent deposit (entry) queue: the default queue ahead of a new deposit. */
    observedEntryQueueEth: SourcedFigure
    /** MAX_PENDING_PARTIALS_PER_WITHDRAWALS_SWEEP: withdrawals per payload that may go to pending partials. */
    maxPendingPartialsPerSweep: SourcedFigure
    /** MAX_VALIDATORS_PER_WITHDRAWALS_SWEEP: validators one payload's sweep looks at, at most. */
    maxValidatorsPerSweep: SourcedFigure
    /** Typical liquid-staking redemption time (Lido's own documentation: normally 1–5 days). */
    liquidRedemptionDays: { min: SourcedFigure; max: SourcedFigure }
  }
}

export type CosmosProfile = ProfileBase & {
  id: 'cosmos'
  rewardModel: {
    inflation: SourcedFigure
    bondedRatio: SourcedFigure
    communityTax: SourcedFigure
    /** x/mint GoalBonded, InflationRateChange, InflationMin, InflationMax (the inflation path's rule). */
    goalBonded: SourcedFigure
    inflationRateChange: SourcedFigure
    inflationMin: SourcedFigure
    inflationMax: SourcedFigure
  }
  liquidity: { unbondingDays: SourcedFigure }
}

export type SolanaProfile = ProfileBase & {
  id: 'solana'
  rewardModel: {
    inflation: SourcedFigure
    stakedFraction: SourcedFigure
    inflationStartEpoch: SourcedFigure
    /** The epoch the `inflation` figure was true for, where the rate path starts. */
    referenceEpoch: SourcedFigure
  }
  liquidity: { slotsPerEpoch: SourcedFigure; epochDays: SourcedFigure }
  /** Running a validator: vote transactions cost SOL every day. */
  soloCosts: { voteCostSolPerDay: SourcedFigure }
}

export type NetworkProfile = EthereumProfile | CosmosProfile | SolanaProfile
