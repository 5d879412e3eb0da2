/**
 * The staking-rewards engine: the only code on the site that computes rewards. Pure TypeScript, inputs in,
 * numbers out. See README.md in this folder for the formulas, sources and conventions.
 */
export { CalculatorInputError } from './errors'
export { RANGES } from './ranges'
export type { Range } from './ranges'

export {
  aprToApy,
  apyToApr,
  compoundingFromEveryNDays,
  COMPOUNDING_NAMES,
  PERIODS_PER_YEAR,
} from './compounding'
export type { Compounding, CompoundingKind } from './compounding'

export { projectStake } from './project'
export { MAX_PATH_STEPS, pathAprs, yearlyMeanAprs } from './rate-path'
export type { RatePath } from './rate-path'
export { ETHEREUM_CREDENTIALS, projectEthereumValidator } from './ethereum-validator'
export type {
  EthereumCredentials,
  EthereumValidatorInput,
  EthereumValidatorResult,
} from './ethereum-validator'
export { networkRatePath } from './presets/rate-paths'
export type { NetworkRatePathOptions, RatePathAssumption } from './presets/rate-paths'
export {
  GENERIC_SLASHED_FRACTION,
  SLASHING_ANNUAL_PROBABILITY,
  slashingAssumption,
} from './outcome-assumptions'
export type { SlashingAssumption } from './outcome-assumptions'
export { periodTable } from './period-table'
export type { PeriodRow, PeriodUnit } from './period-table'
export { MAX_SERIES_POINTS } from './series'
export { realYield } from './real-yield'
export { impermanentLoss } from './impermanent-loss'
export { validateStakeInput, assertStakeInput, STAKE_INPUT_RULES } from './stake-input'
export type { StakeInputErrors, StakeInputValidation } from './stake-input'
export type { FiatSummary, Projection, RealYield, SeriesPoint, StakeInput } from './types'
export type { OutcomeAssumption, ProjectionAssumption } from './projection-assumptions'

export {
  ETHEREUM,
  ETHEREUM_EPOCHS_PER_DAY,
  ETHEREUM_EPOCHS_PER_YEAR,
  ethereumActivationExitChurnEth,
  ethereumAnnualIssuance,
  ethereumBaseRewardPerIncrementGwei,
  ethereumConsensusApr,
  ethereumRatePath,
} from './networks/ethereum'
export type { EthereumRatePathInput } from './networks/ethereum'
export { cosmosRatePath, cosmosStakingApr } from './networks/cosmos'
export type { CosmosAprInput, CosmosRatePathInput } from './networks/cosmos'
export {
  SOLANA_INFLATION,
  solanaInflationRate,
  solanaInflationYears,
  solanaRatePath,
  solanaStakingApr,
} from './networks/solana'
export type { SolanaAprInput, SolanaRatePathInput } from './networks/solana'

export {
  CALCULATOR_PRESETS,
  CALCULATOR_PRESET_KEYS,
  SOLANA_EPOCHS_PER_YEAR,
  COSMOS_PROFILE,
  ETHEREUM_PROFILE,
  NETWORK_PRESETS,
  networkProfile,
  SOLANA_PROFILE,
} from './presets/index'
export type {
  AssumedFigure,
  CalculatorPreset,
  CalculatorPresetKey,
  CosmosProfile,
  EthereumProfile,
  Figure,
  IsoDate,
  NetworkId,
  NetworkProfile,
  SolanaProfile,
  Source,
  SourcedFigure,
  StakingMethod,
} from './presets/index'

export { timeToLiquidity } from './liquidity'
export { LIQUIDITY_PHASE_IDS, withdrawalSweepDays } from './liquidity-phases'
export type { PhaseFacts } from './phase-facts'
export type { LiquidityPhaseId } from './liquidity-phases'
export type { LiquidityInput, LiquidityPhase, LiquidityTimeline } from './liquidity'

export { simulateOutcomes } from './outcomes'
export type { OutcomeInput, OutcomeRange, OutcomeSummary } from './outcomes'

export { compareStakingPaths, defaultFeeModels, fiatCostInTokens } from './paths'
export { POOLED_CREDENTIALS_DEFAULT, pooledValidatorShare } from './pooled-validators'
export type { FeeModel, PathId, PathIneligibility, PathRow, PathsInput } from './paths'

export { timeToActivation } from './activation'
export type { ActivationInput, ActivationTimeline } from './activation'

export {
  bondedBalance,
  cosmosJailAfterHours,
  downtimeLoss,
  ethereumSlashedExitDays,
  slashingLoss,
} from './penalties'
export type { DowntimeInput, DowntimeOutcome, PenaltyPart, SlashingInput, SlashingOutcome } from './penalties'
export { COSMOS_PENALTIES, ETHEREUM_PENALTIES, PENALTY_PRESETS, SOLANA_PENALTIES } from './presets/penalties'
export type { CosmosPenaltyProfile, EthereumPenaltyProfile, SolanaPenaltyProfile } from './presets/penalties'
