import { sourced } from './from-snapshot'
import type { SolanaProfile } from './types'

/** Solana mainnet-beta (SOL). */
export const SOLANA_PROFILE: SolanaProfile = {
  id: 'solana',
  name: 'Solana',
  symbol: 'SOL',
  methods: ['solo', 'delegated', 'pooled', 'liquid', 'exchange'],
  rewardModel: {
    inflation: sourced('solana.inflation'),
    stakedFraction: sourced('solana.stakedFraction'),
    inflationStartEpoch: sourced('solana.inflationStartEpoch'),
    referenceEpoch: sourced('solana.referenceEpoch'),
  },
  minimumStake: {
    solo: {
      kind: 'assumption',
      value: 0,
      unit: 'SOL',
      note: 'No protocol minimum, but running a validator costs far more than this guide models.',
    },
    delegated: {
      kind: 'assumption',
      value: 0,
      unit: 'SOL',
      note: 'No meaningful protocol minimum; a stake account also locks a rent-exempt reserve of about 0.00228 SOL.',
    },
    pooled: { kind: 'assumption', value: 0, unit: 'SOL', note: 'Stake pools accept any amount.' },
    liquid: {
      kind: 'assumption',
      value: 0,
      unit: 'SOL',
      note: 'Liquid staking tokens can be bought in any amount.',
    },
    exchange: { kind: 'assumption', value: 0, unit: 'SOL', note: 'Platforms set their own minimums.' },
  },
  typicalFee: {
    solo: { kind: 'assumption', value: 0, unit: 'share of rewards', note: 'Your own validator.' },
    delegated: {
      kind: 'assumption',
      value: 0.05,
      unit: 'share of rewards',
      note: 'Illustrative validator commission.',
    },
    pooled: {
      kind: 'assumption',
      value: 0.06,
      unit: 'share of rewards',
      note: 'Illustrative: pool fee plus validator commission.',
    },
    liquid: {
      kind: 'assumption',
      value: 0.06,
      unit: 'share of rewards',
      note: 'Illustrative: protocol fee plus validator commission.',
    },
    exchange: { kind: 'assumption', value: 0.25, unit: 'share of rewards', note: 'Illustrative.' },
  },
  liquidity: {
    slotsPerEpoch: sourced('solana.slotsPerEpoch'),
    epochDays: sourced('solana.epochDays'),
  },
  soloCosts: {
    voteCostSolPerDay: sourced('solana.voteCostPerDay'),
  },
}
