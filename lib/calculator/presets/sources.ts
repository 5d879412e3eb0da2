import type { Source } from './types'

/**
 * Sources the engine cites for the rules behind its timelines (phases). Figures carry their own source in
 * `content/data/networks.json`.
 */
export const SOURCES = {
  ethPhase0Preset: {
    title: 'Ethereum consensus specs, presets/mainnet/phase0.yaml',
    url: 'https://github.com/ethereum/consensus-specs/blob/dev/presets/mainnet/phase0.yaml',
  },
  ethMainnetConfig: {
    title: 'Ethereum consensus specs, configs/mainnet.yaml',
    url: 'https://github.com/ethereum/consensus-specs/blob/dev/configs/mainnet.yaml',
  },
  ethElectraBeaconChain: {
    title: 'Ethereum consensus specs, specs/electra/beacon-chain.md (deposits, slashing, exits)',
    url: 'https://github.com/ethereum/consensus-specs/blob/dev/specs/electra/beacon-chain.md',
  },
  ethCapellaBeaconChain: {
    title: 'Ethereum consensus specs, specs/capella/beacon-chain.md (get_expected_withdrawals, the sweep)',
    url: 'https://github.com/ethereum/consensus-specs/blob/dev/specs/capella/beacon-chain.md',
  },
  lidoWithdrawalVault: {
    title: 'Lido documentation: WithdrawalVault (the address of the type-0x01 Lido withdrawal credentials)',
    url: 'https://docs.lido.fi/contracts/withdrawal-vault',
    publisher: 'Lido',
  },
  cosmosStakingParams: {
    title: 'Gaia docs, governance/proposal-types/params-change/Staking.md (UnbondingTime)',
    url: 'https://github.com/cosmos/gaia/blob/main/docs/docs/governance/proposal-types/params-change/Staking.md',
  },
  cosmosStakingSpec: {
    title: 'Cosmos SDK x/staking module specification (delegation)',
    url: 'https://github.com/cosmos/cosmos-sdk/blob/main/x/staking/README.md',
  },
  solanaStakingDocs: {
    title: 'Solana documentation: Staking (references/staking)',
    url: 'https://solana.com/docs/references/staking',
  },
  solanaInflationCode: {
    title: 'agave sdk/src/inflation.rs and runtime/src/bank.rs (slot_in_year_for_inflation)',
    url: 'https://github.com/anza-xyz/agave/blob/master/runtime/src/bank.rs',
  },
  solanaClock: {
    title: 'Solana SDK clock.rs: DEFAULT_SLOTS_PER_EPOCH = 432,000',
    url: 'https://github.com/solana-labs/solana/blob/master/sdk/program/src/clock.rs',
  },
} as const satisfies Record<string, Source>
