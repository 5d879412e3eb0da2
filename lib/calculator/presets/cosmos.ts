import { sourced } from './from-snapshot'
import type { CosmosProfile } from './types'

/** Cosmos Hub (ATOM). */
export const COSMOS_PROFILE: CosmosProfile = {
  id: 'cosmos',
  name: 'Cosmos Hub',
  symbol: 'ATOM',
  methods: ['delegated', 'liquid', 'exchange'],
  rewardModel: {
    inflation: sourced('cosmos.inflation'),
    bondedRatio: sourced('cosmos.bondedRatio'),
    communityTax: sourced('cosmos.communityTax'),
    goalBonded: sourced('cosmos.goalBonded'),
    inflationRateChange: sourced('cosmos.inflationRateChange'),
    inflationMin: sourced('cosmos.inflationMin'),
    inflationMax: sourced('cosmos.inflationMax'),
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
    unbondingDays: sourced('cosmos.unbondingDays'),
  },
}
