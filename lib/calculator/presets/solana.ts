import { SOURCES } from './sources'
import type { SolanaProfile } from './types'

/** Solana mainnet-beta (SOL). */
export const SOLANA_PROFILE: SolanaProfile = {
  id: 'solana',
  name: 'Solana',
  symbol: 'SOL',
  methods: ['solo', 'delegated', 'pooled', 'liquid', 'exchange'],
  rewardModel: {
    inflation: {
      kind: 'sourced',
      value: 0.0507,
      unit: 'per year',
      source: SOURCES.solanaEconomics2024,
      asOf: '2024-09-10',
      note: 'The schedule gives this rate 2.81 Solana inflation-years after the start (8% · 0.85^2.81). No later dated figure was found in the stored sources; compute a current one with solanaInflationRate(solanaInflationYears(epoch)).',
    },
    stakedFraction: {
      kind: 'sourced',
      value: 0.65,
      unit: 'share of supply',
      source: SOURCES.solanaEconomics2024,
      asOf: '2024-09-10',
    },
    inflationStartEpoch: {
      kind: 'sourced',
      value: 150,
      unit: 'epoch',
      source: SOURCES.solanaEconomics2024,
      asOf: '2021-02-10',
      note: 'Full inflation started at epoch 150 on 2021-02-10; agave counts inflation years from the epoch before (149).',
    },
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
    slotsPerEpoch: {
      kind: 'sourced',
      value: 432_000,
      unit: 'slots',
      source: SOURCES.solanaClock,
      asOf: '2021-02-10',
    },
    epochDays: {
      kind: 'sourced',
      value: 2.56,
      unit: 'days',
      source: SOURCES.solanaEconomics2024,
      asOf: '2024-09-10',
      note: 'Derived: 5.07% inflation on 2024-09-10 puts the chain 2.81 inflation-years (≈ 512 epochs) past epoch 149; 1,308 calendar days since epoch 150 (2021-02-10) over ≈ 511 epochs is ≈ 2.56 days an epoch (nominal: 432,000 slots × 0.4 s = 2 days).',
    },
  },
}
