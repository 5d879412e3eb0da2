import { SOURCES } from './sources'
import type { CosmosProfile } from './types'

/** Cosmos Hub (ATOM). */
export const COSMOS_PROFILE: CosmosProfile = {
  id: 'cosmos',
  name: 'Cosmos Hub',
  symbol: 'ATOM',
  methods: ['delegated', 'liquid', 'exchange'],
  rewardModel: {
    inflation: {
      kind: 'sourced',
      value: 0.1,
      unit: 'per year',
      source: SOURCES.cosmosProp848,
      asOf: '2023-11-25',
      note: 'Proposal 848 set inflation_max to 10% (passed 2023-11-25). With the bonded ratio below the 67% goal, x/mint keeps inflation at this cap, as the forum post on the current framework confirms (that post is undated in the stored copy).',
    },
    bondedRatio: {
      kind: 'sourced',
      value: 0.638,
      unit: 'share of supply',
      source: SOURCES.cosmosInflationForum,
      asOf: '2025-04-25',
      note: 'The stored copy of the forum post is undated; it describes the 7%/10% framework in force after proposal 996 (final text 2025-04-25), so the figure is from that date or later. Conservative: refresh from the chain.',
    },
    communityTax: {
      kind: 'sourced',
      value: 0.02,
      unit: 'share of rewards',
      source: SOURCES.cosmosCommunityTax,
      asOf: '2025-04-25',
      note: 'Proposal 996 (final text 2025-04-25) reverted community_tax from 10% to 2%, the x/distribution default; the stored proposal page shows it passed but not the end date.',
    },
    goalBonded: {
      kind: 'sourced',
      value: 0.67,
      unit: 'share of supply',
      source: SOURCES.cosmosMintParams,
      asOf: '2021-02-18',
      note: 'GoalBonded, the cosmoshub-4 default (cosmoshub-4 launched 2021-02-18).',
    },
    inflationRateChange: {
      kind: 'sourced',
      value: 1,
      unit: 'per year',
      source: SOURCES.cosmosMintParams,
      asOf: '2021-02-18',
      note: 'InflationRateChange: proposal 48 changed it from 0.13 to 1.0; the Gaia docs list that change without its date.',
    },
    inflationMin: {
      kind: 'sourced',
      value: 0.07,
      unit: 'per year',
      source: SOURCES.cosmosMintParams,
      asOf: '2021-02-18',
      note: 'InflationMin, the cosmoshub-4 default; the current framework keeps the 7% floor (forum post on the 7%–10% framework).',
    },
    inflationMax: {
      kind: 'sourced',
      value: 0.1,
      unit: 'per year',
      source: SOURCES.cosmosProp848,
      asOf: '2023-11-25',
      note: 'Proposal 848 set inflation_max to 10% (passed 2023-11-25).',
    },
  },
  minimumStake: {
    delegated: {
      kind: 'assumption',
      value: 0,
      unit: 'ATOM',
      note: 'The protocol sets no minimum delegation.',
    },
    liquid: {
      kind: 'assumption',
      value: 0,
      unit: 'ATOM',
      note: 'Liquid staking tokens can be bought in any amount.',
    },
    exchange: { kind: 'assumption', value: 0, unit: 'ATOM', note: 'Platforms set their own minimums.' },
  },
  typicalFee: {
    delegated: {
      kind: 'assumption',
      value: 0.05,
      unit: 'share of rewards',
      note: 'Illustrative: 5% is the usual validator commission floor in Cosmos chains.',
    },
    liquid: {
      kind: 'assumption',
      value: 0.1,
      unit: 'share of rewards',
      note: 'Illustrative: protocol fee on top of validator commission.',
    },
    exchange: { kind: 'assumption', value: 0.25, unit: 'share of rewards', note: 'Illustrative.' },
  },
  liquidity: {
    unbondingDays: {
      kind: 'sourced',
      value: 21,
      unit: 'days',
      source: SOURCES.cosmosStakingParams,
      asOf: '2019-12-11',
      note: 'UnbondingTime 1,814,400,000,000,000 ns = 21 days, the cosmoshub-3 (launched 2019-12-11) and cosmoshub-4 value.',
    },
  },
}
