/**
 * Calculator scenarios: the public query parameters of `/calculator` and `/embed/calculator`, parsed by one
 * schema, serialized back exactly, and converted to the engine's input. Pure TypeScript. See README.md.
 */
export {
  CURRENCIES,
  MAX_PARAM_LENGTH,
  NETWORK_PRESET,
  NETWORKS,
  PARAM_RANGES,
  SCENARIO_PARAMS,
  SYMBOL_PATTERN,
  THEMES,
  WIDGET_PARAMS,
} from './params'
export type { Currency, PublicParam, ScenarioParam, WidgetParam, WidgetTheme } from './params'
export type {
  ParsedScenario,
  ParsedWidget,
  QueryInput,
  RateKind,
  Scenario,
  ScenarioIssue,
  WidgetOptions,
} from './types'
export { DEFAULT_SCENARIO, baseScenario, presetScenario } from './defaults'
export { QUERY_SCHEMA, QUERY_FIELDS, normalizeNumberText } from './schema'
export { parseScenarioQuery, parseWidgetQuery } from './parse'
export { scenarioToQueryString, scenarioToSearchParams, widgetToSearchParams } from './serialize'
export type { SerializeOptions } from './serialize'
export { rateAs, scenarioApr, scenarioToStakeInput } from './stake-input'
export { scenarioProblem } from './check'
export type { ScenarioProblem } from './check'
export { formReducer, initForm, fieldOfParam, DAYS_PER_UNIT } from './form'
export type { CompoundingMode, DurationUnit, FormAction, FormField, FormState, TextField } from './form'
export {
  EMBED_DATA_PARAMS,
  EMBED_PATH,
  EMBED_SANDBOX,
  EMBED_SCRIPT_PATH,
  EMBED_TITLE,
  FRAME_HEIGHT,
  INITIAL_FRAME_HEIGHT,
  RESIZE_MESSAGE_TYPE,
  dataAttributeName,
  embedUrl,
  iframeSnippet,
  scriptSnippet,
} from './embed'
export { changedFromPreset, networkInfo } from './network-info'
export type { NetworkInfo, ShownFigure } from './network-info'
export {
  OUTCOME_ASSUMPTIONS,
  OUTCOME_PATHS,
  liquidityFor,
  outcomeInput,
  presetMethod,
  scenarioLiquidity,
  scenarioOutcomes,
  scenarioPaths,
} from './analysis'
export type { PathComparison } from './analysis'
export { describeCompounding as describeCompoundingValue } from './describe'
export { summarySentence } from './summary'
export { calculationCsv } from './csv'
export type { CsvRequest } from './csv'
