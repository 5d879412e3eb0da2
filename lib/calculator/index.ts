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
export type { Compounding } from './compounding'
export { projectStake } from './project'
export { periodTable } from './period-table'
export type { PeriodRow, PeriodUnit } from './period-table'
export { MAX_SERIES_POINTS } from './series'
export { realYield } from './real-yield'
export { validateStakeInput, assertStakeInput } from './stake-input'
export type { StakeInputErrors, StakeInputValidation } from './stake-input'
export type { FiatSummary, Projection, RealYield, SeriesPoint, StakeInput } from './types'
