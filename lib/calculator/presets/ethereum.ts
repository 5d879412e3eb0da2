import { sourced } from './from-snapshot'
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
    totalStakedEth: sourced('ethereum.totalStaked'),
    stakeGrowthEthPerYear: {
      kind: 'assumption',
      value: 0,
      unit: 'ETH per year',
      note: 'By default total ETH staked is held at its dated figure; the reader can let it grow by a stated amount a year, which lowers the APR (it falls with the square root of the total).',
    },
  },
  minimumStake: {
    solo: sourced('ethereum.minActivationBalance'),
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
    epochSeconds: sourced('ethereum.epochSeconds'),
    maxSeedLookaheadEpochs: sourced('ethereum.maxSeedLookahead'),
    withdrawabilityDelayEpochs: sourced('ethereum.withdrawabilityDelay'),
    minChurnEth: sourced('ethereum.minChurn'),
    maxChurnEth: sourced('ethereum.maxActivationExitChurn'),
    churnLimitQuotient: sourced('ethereum.churnLimitQuotient'),
    withdrawalsPerPayload: sourced('ethereum.withdrawalsPerPayload'),
    validatorCount: sourced('ethereum.validatorCount'),
    observedExitQueueEth: sourced('ethereum.exitQueue'),
    observedEntryQueueEth: sourced('ethereum.entryQueue'),
    maxPendingPartialsPerSweep: sourced('ethereum.maxPendingPartialsPerSweep'),
    maxValidatorsPerSweep: sourced('ethereum.maxValidatorsPerSweep'),
    liquidRedemptionDays: {
      min: sourced('ethereum.liquidRedemptionMinDays'),
      max: sourced('ethereum.liquidRedemptionMaxDays'),
    },
  },
}
