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
    referenceEpoch: {
      kind: 'sourced',
      value: 662,
      unit: 'epoch',
      source: SOURCES.solanaEconomics2024,
      asOf: '2024-09-10',
      note: 'Derived from the 5.07% inflation of that date: 8% · 0.85^y = 5.07% gives y = 2.809 inflation-years, i.e. epoch 149 + 2.809 · 78,892,315 / 432,000 ≈ 662. The rate path starts here; refresh it with the current epoch (getEpochInfo).',
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
      value: 2,
      unit: 'days',
      source: SOURCES.solanaEpochLengthDocs,
      asOf: '2026-11-29',
      note: '432,000 slots at the 0.4 s target slot time, "1 Epoch ~= 2 days" (read on this date). Recent epochs run close to this; the 2021–24 average was about 2.56 days because slots were slower. Compounding counts and warm-up and cool-down waits follow this figure.',
    },
  },
  soloCosts: {
    voteCostSolPerDay: {
      kind: 'sourced',
      value: 1.1,
      unit: 'SOL per day',
      source: SOURCES.solanaValidatorRequirements,
      asOf: '2026-11-29',
      note: 'Voting sends a vote transaction for each block the validator agrees with, "which can cost up to 1.1 SOL per day" (read on this date). Used as the solo path’s running cost in tokens.',
    },
  },
}
