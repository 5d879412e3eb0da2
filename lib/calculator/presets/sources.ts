import type { Source } from './types'

/** Sources shared by several presets. Each was read in a stored copy when the figure was taken. */
export const SOURCES = {
  ethPhase0Preset: {
    title: 'Ethereum consensus specs, presets/mainnet/phase0.yaml',
    url: 'https://github.com/ethereum/consensus-specs/blob/dev/presets/mainnet/phase0.yaml',
  },
  ethMainnetConfig: {
    title: 'Ethereum consensus specs, configs/mainnet.yaml',
    url: 'https://github.com/ethereum/consensus-specs/blob/dev/configs/mainnet.yaml',
  },
  ethCapellaPreset: {
    title: 'Ethereum consensus specs, presets/mainnet/capella.yaml',
    url: 'https://github.com/ethereum/consensus-specs/blob/dev/presets/mainnet/capella.yaml',
  },
  ethBellatrixPreset: {
    title: 'Ethereum consensus specs, presets/mainnet/bellatrix.yaml',
    url: 'https://github.com/ethereum/consensus-specs/blob/dev/presets/mainnet/bellatrix.yaml',
  },
  ethAltairBeaconChain: {
    title: 'Ethereum consensus specs, specs/altair/beacon-chain.md (participation flag weights)',
    url: 'https://github.com/ethereum/consensus-specs/blob/dev/specs/altair/beacon-chain.md',
  },
  ethElectraBeaconChain: {
    title: 'Ethereum consensus specs, specs/electra/beacon-chain.md (deposits, slashing, exits)',
    url: 'https://github.com/ethereum/consensus-specs/blob/dev/specs/electra/beacon-chain.md',
  },
  ethElectraPreset: {
    title: 'Ethereum consensus specs, presets/mainnet/electra.yaml',
    url: 'https://github.com/ethereum/consensus-specs/blob/dev/presets/mainnet/electra.yaml',
  },
  ethStaked2024: {
    title: 'SolanaFloor news (Oct 15, 2024), comparing staking ratios with Dune Analytics data on ETH staked',
    url: 'https://solanafloor-frontend-news-git-main-step-finance.vercel.app/news/83-circulating-sol-staked-native-staking-leading-the-way',
  },
  ethValidators2024: {
    title: 'Coinspeaker: Ethereum network hits record high of 1 million validators (Dune data)',
    url: 'https://www.coinspeaker.com/ethereum-record-1m-validators/',
  },
  ethExitQueue2025: {
    title: 'Ethereum experiences validator congestion as 2.5M ETH remains pending withdrawal',
    url: 'https://maincoin.money/ethereum-experiences-validator-congestion-as-2-5m-eth-remains-pending-withdrawal',
  },
  ethCapellaBeaconChain: {
    title: 'Ethereum consensus specs, specs/capella/beacon-chain.md (get_expected_withdrawals, the sweep)',
    url: 'https://github.com/ethereum/consensus-specs/blob/dev/specs/capella/beacon-chain.md',
  },
  lidoWithdrawalsFaq: {
    title: 'Lido Help Center: FAQ, Ethereum Withdrawals ("under normal circumstances … 1-5 days")',
    url: 'https://help.lido.fi/en/articles/7858292-faq-ethereum-withdrawals',
  },
  cosmosMintParams: {
    title:
      'Gaia docs, governance/proposal-types/params-change/Mint.mdx (GoalBonded, InflationRateChange, bounds)',
    url: 'https://github.com/cosmos/gaia/blob/main/docs/docs/governance/proposal-types/params-change/Mint.mdx',
  },
  cosmosMintCode: {
    title: 'Cosmos SDK x/mint/types/minter.go (NextInflationRate)',
    url: 'https://github.com/cosmos/cosmos-sdk/blob/main/x/mint/types/minter.go',
  },
  cosmosProp848: {
    title: 'Cosmos Hub proposal 848: set maximum inflation at 10%',
    url: 'https://www.mintscan.io/cosmos/proposals/848',
  },
  cosmosInflationForum: {
    title: 'Cosmos Hub forum: Optimized Dynamic Inflation (current 7%–10% framework, bonded ratio ~63.8%)',
    url: 'https://forum.cosmos.network/t/optimized-dynamic-inflation/16993',
  },
  cosmosCommunityTax: {
    title: 'Cosmos Hub forum: Revert Community Pool Tax Rate to 2% (proposal 996)',
    url: 'https://forum.cosmos.network/t/last-call-draft-revert-community-pool-tax-rate-to-2/15397',
  },
  cosmosStakingParams: {
    title: 'Gaia docs, governance/proposal-types/params-change/Staking.md (UnbondingTime)',
    url: 'https://github.com/cosmos/gaia/blob/main/docs/docs/governance/proposal-types/params-change/Staking.md',
  },
  cosmosSlashingParams: {
    title: 'Gaia docs, governance/proposal-types/params-change/Slashing.mdx (slashing parameters)',
    url: 'https://github.com/cosmos/gaia/blob/main/docs/docs/governance/proposal-types/params-change/Slashing.mdx',
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
  solanaEconomics2024: {
    title:
      "Odaily / BlockBeats: Is Solana's inflation too high? (inflation 5.07%, 65% staked, start epoch 150)",
    url: 'https://bitget.ng/news/detail/12560604200386',
  },
  solanaValidatorRequirements: {
    title: 'Solana validator documentation: Solana Validator Requirements (vote transaction costs)',
    url: 'https://docs.solanalabs.com/operations/requirements',
  },
  solanaEpochLengthDocs: {
    title: 'solana-program clock::DEFAULT_SLOTS_PER_EPOCH (docs.rs, 1.18.23): "1 Epoch ~= 2 days"',
    url: 'https://docs.rs/solana-program/1.18.23/solana_program/clock/constant.DEFAULT_SLOTS_PER_EPOCH.html',
  },
  solanaClock: {
    title: 'Solana SDK clock.rs: DEFAULT_SLOTS_PER_EPOCH = 432,000',
    url: 'https://github.com/solana-labs/solana/blob/master/sdk/program/src/clock.rs',
  },
} as const satisfies Record<string, Source>
