import { SOURCES } from './sources'
import type { EthereumProfile } from './types'

/**
 * Ethereum mainnet. Protocol constants are dated by the fork that put them in force (fork dates from
 * `configs/mainnet.yaml`: beacon genesis 2020-12-01, Capella 2023-04-12, Electra 2025-05-07).
 */
export const ETHEREUM_PROFILE: EthereumProfile = {
  id: 'ethereum',
  name: 'Ethereum',
  symbol: 'ETH',
  methods: ['solo', 'pooled', 'liquid', 'exchange'],
  rewardModel: {
    totalStakedEth: {
      kind: 'sourced',
      value: 34_560_000,
      unit: 'ETH',
      source: SOURCES.ethStaked2024,
      asOf: '2024-10-15',
      note: 'Dune Analytics figure quoted in an article updated 2024-10-15. No later dated figure was found in the stored sources; refresh it.',
    },
    stakeGrowthEthPerYear: {
      kind: 'assumption',
      value: 0,
      unit: 'ETH per year',
      note: 'By default total ETH staked is held at its dated figure; the reader can let it grow by a stated amount a year, which lowers the APR (it falls with the square root of the total).',
    },
  },
  minimumStake: {
    solo: {
      kind: 'sourced',
      value: 32,
      unit: 'ETH',
      source: SOURCES.ethElectraPreset,
      asOf: '2025-05-07',
      note: 'MIN_ACTIVATION_BALANCE (32 ETH since genesis as MAX_EFFECTIVE_BALANCE).',
    },
    pooled: {
      kind: 'assumption',
      value: 0,
      unit: 'ETH',
      note: 'The protocol sets no minimum for pools; providers set their own.',
    },
    liquid: {
      kind: 'assumption',
      value: 0,
      unit: 'ETH',
      note: 'The protocol sets no minimum; liquid staking tokens can be bought in any amount.',
    },
    exchange: { kind: 'assumption', value: 0, unit: 'ETH', note: 'Platforms set their own minimums.' },
  },
  typicalFee: {
    solo: {
      kind: 'assumption',
      value: 0,
      unit: 'share of rewards',
      note: 'You run the validator and keep all rewards; running costs are separate.',
    },
    pooled: {
      kind: 'assumption',
      value: 0.1,
      unit: 'share of rewards',
      note: 'Illustrative: pools commonly keep about a tenth of rewards.',
    },
    liquid: {
      kind: 'assumption',
      value: 0.1,
      unit: 'share of rewards',
      note: 'Illustrative: liquid staking protocols commonly keep about a tenth of rewards.',
    },
    exchange: {
      kind: 'assumption',
      value: 0.25,
      unit: 'share of rewards',
      note: 'Illustrative: exchanges often keep a quarter or more of rewards.',
    },
  },
  liquidity: {
    epochSeconds: {
      kind: 'sourced',
      value: 384,
      unit: 'seconds',
      source: SOURCES.ethMainnetConfig,
      asOf: '2020-12-01',
      note: 'SECONDS_PER_SLOT 12 × SLOTS_PER_EPOCH 32 (phase0 preset).',
    },
    maxSeedLookaheadEpochs: {
      kind: 'sourced',
      value: 4,
      unit: 'epochs',
      source: SOURCES.ethPhase0Preset,
      asOf: '2020-12-01',
    },
    withdrawabilityDelayEpochs: {
      kind: 'sourced',
      value: 256,
      unit: 'epochs',
      source: SOURCES.ethMainnetConfig,
      asOf: '2020-12-01',
      note: 'MIN_VALIDATOR_WITHDRAWABILITY_DELAY, about 27 hours.',
    },
    minChurnEth: {
      kind: 'sourced',
      value: 128,
      unit: 'ETH per epoch',
      source: SOURCES.ethMainnetConfig,
      asOf: '2025-05-07',
    },
    maxChurnEth: {
      kind: 'sourced',
      value: 256,
      unit: 'ETH per epoch',
      source: SOURCES.ethMainnetConfig,
      asOf: '2025-05-07',
      note: 'MAX_PER_EPOCH_ACTIVATION_EXIT_CHURN_LIMIT: exits and activations are each limited to this.',
    },
    churnLimitQuotient: {
      kind: 'sourced',
      value: 65_536,
      unit: 'divisor',
      source: SOURCES.ethMainnetConfig,
      asOf: '2020-12-01',
    },
    withdrawalsPerPayload: {
      kind: 'sourced',
      value: 16,
      unit: 'withdrawals per block',
      source: SOURCES.ethCapellaPreset,
      asOf: '2023-04-12',
      note: 'MAX_WITHDRAWALS_PER_PAYLOAD; the sweep visits validators in index order, 16 withdrawals a block.',
    },
    validatorCount: {
      kind: 'sourced',
      value: 1_002_400,
      unit: 'validators',
      source: SOURCES.ethValidators2024,
      asOf: '2024-03-28',
      note: 'Dune Analytics count on Thursday 2024-03-28. Consolidations since Electra lower it; refresh it.',
    },
    observedExitQueueEth: {
      kind: 'sourced',
      value: 2_500_000,
      unit: 'ETH',
      source: SOURCES.ethExitQueue2025,
      asOf: '2025-09-15',
      note: 'A record queue ("as of mid-September", wait above 46 days on Monday 2025-09-15); usually far shorter. Not a primary source: refresh from a beacon node (validators in the exiting state). Used as the default exit queue.',
    },
    observedEntryQueueEth: {
      kind: 'assumption',
      value: 1_500_000,
      unit: 'ETH',
      note: 'Deposit queue of about 1.5 million ETH reported by queue trackers in November 2025; no primary, dated figure was found in the stored sources. Refresh from a beacon node (GET /eth/v1/beacon/states/head/pending_deposits). Used as the default entry queue.',
    },
    maxPendingPartialsPerSweep: {
      kind: 'sourced',
      value: 8,
      unit: 'withdrawals per block',
      source: SOURCES.ethElectraPreset,
      asOf: '2025-05-07',
      note: 'MAX_PENDING_PARTIALS_PER_WITHDRAWALS_SWEEP: up to 8 of the 16 withdrawals of a block may serve pending partial withdrawals (EIP-7002 requests) before the sweep.',
    },
    maxValidatorsPerSweep: {
      kind: 'sourced',
      value: 16_384,
      unit: 'validators per block',
      source: SOURCES.ethCapellaPreset,
      asOf: '2023-04-12',
      note: 'MAX_VALIDATORS_PER_WITHDRAWALS_SWEEP: a block’s sweep stops after looking at this many validators.',
    },
    liquidRedemptionDays: {
      min: {
        kind: 'sourced',
        value: 1,
        unit: 'days',
        source: SOURCES.lidoWithdrawalsFaq,
        asOf: '2026-11-29',
        note: 'Lido: a withdrawal request is normally finalised in 1–5 days (read on this date); longer when its buffer is short or the exit queue is long.',
      },
      max: {
        kind: 'sourced',
        value: 5,
        unit: 'days',
        source: SOURCES.lidoWithdrawalsFaq,
        asOf: '2026-11-29',
        note: 'Upper end of the normal range Lido states.',
      },
    },
  },
}
