import type { Compounding, NetworkId } from '@/lib/calculator'
import { enCalculatorMessages as m } from '@/lib/i18n/en-calculator-messages'
import { presetScenario } from './defaults'
import { describeCompounding, rangeMessage, rangeOf } from './describe'
import { formatInput } from '@/lib/format'
import { accept, edit, keptValue } from './form-edit'
import { DAYS_PER_UNIT, periodsOf, readNumberField } from './form-fields'
import type { DurationUnit } from './form-fields'
import { CREDENTIALS, CURRENCIES, NETWORK_PRESET, RATE_MODES } from './params'
import type { Credentials, Currency, PublicParam, COMPOUNDING_NAMES, RateMode } from './params'
import { rateAs } from './stake-input'
import type { ParsedScenario, RateKind, Scenario } from './types'

export type { DurationUnit } from './form-fields'
export { DAYS_PER_UNIT } from './form-fields'

/**
 * The calculator form as a pure state machine (`formReducer`), shared by the page, the widget and article
 * calculators. `scenario` is what the results show and is always valid; `text` is what each field shows.
 * A field the reader has not edited keeps its exact value (a preset APR of 2.829214…% is not rounded to the
 * 2.8292 on screen). An invalid edit leaves the scenario at its last valid value and puts a message on the
 * field.
 */
export type TextField =
  | 'amount'
  | 'rate'
  | 'commission'
  | 'duration'
  | 'price'
  | 'priceChange'
  | 'inflation'
  | 'symbol'
  | 'everyNDays'
  | 'perYear'

/** Ethereum options typed as numbers outside the main text fields. */
export type EthereumNumberOption = 'stakeGrowth' | 'entryQueue' | 'exitQueue'

export type FormField =
  | TextField
  | 'compounding'
  | 'currency'
  | 'network'
  | 'theme'
  | 'compact'
  | 'rates'
  | 'credentials'
  | 'poolCredentials'
  | EthereumNumberOption

export type CompoundingMode = (typeof COMPOUNDING_NAMES)[number] | 'every-n-days' | 'per-year'

export type FormState = {
  scenario: Scenario
  text: Record<TextField, string>
  errors: Partial<Record<FormField, string>>
  compoundingMode: CompoundingMode
  durationUnit: DurationUnit
  /** The rate before the last APR↔APY switch, restored exactly when switching back without an edit. */
  beforeSwitch?: { kind: RateKind; rate: number }
}

export type FormAction =
  | { type: 'edit'; field: TextField; text: string }
  | { type: 'rateKind'; kind: RateKind }
  /** An APR worked out elsewhere (e.g. Ethereum's reward model from total ETH staked), in percent, exact. */
  | { type: 'setApr'; rate: number }
  | { type: 'compoundingMode'; mode: CompoundingMode }
  | { type: 'durationUnit'; unit: DurationUnit }
  | { type: 'currency'; currency: string }
  | { type: 'network'; network: NetworkId | null }
  | { type: 'load'; parsed: ParsedScenario }
  /** How the rate behaves over time: constant, or the network's model. */
  | { type: 'rates'; mode: RateMode }
  | { type: 'credentials' | 'poolCredentials'; credentials: Credentials }
  /** A typed number for an Ethereum option; empty text returns to the dated default. */
  | { type: 'ethereumOption'; key: EthereumNumberOption; text: string }

const FIELD_OF: Record<PublicParam, FormField> = {
  network: 'network',
  amount: 'amount',
  apr: 'rate',
  apy: 'rate',
  compounding: 'compounding',
  commission: 'commission',
  days: 'duration',
  price: 'price',
  priceChange: 'priceChange',
  inflation: 'inflation',
  symbol: 'symbol',
  currency: 'currency',
  theme: 'theme',
  compact: 'compact',
  rates: 'rates',
  stakeGrowth: 'stakeGrowth',
  credentials: 'credentials',
  entryQueue: 'entryQueue',
  exitQueue: 'exitQueue',
  poolCredentials: 'poolCredentials',
}

/** The form field that shows a query parameter's issues. */
export const fieldOfParam = (param: PublicParam): FormField => FIELD_OF[param]

function modeOf(c: Compounding): CompoundingMode {
  if (typeof c !== 'number') return c
  return 365 % c === 0 ? 'every-n-days' : 'per-year'
}

const optionalText = (n: number | undefined, decimals: number) =>
  n === undefined ? '' : formatInput(n, decimals)

function durationText(days: number, unit: DurationUnit): string {
  return formatInput(days / DAYS_PER_UNIT[unit], unit === 'days' ? 0 : 3)
}

function textsFor(s: Scenario, unit: DurationUnit): Record<TextField, string> {
  const n = typeof s.compounding === 'number' ? s.compounding : undefined
  return {
    amount: formatInput(s.amount),
    rate: formatInput(s.rate, 4),
    commission: formatInput(s.commission, 4),
    duration: durationText(s.days, unit),
    price: optionalText(s.price, 6),
    priceChange: optionalText(s.priceChange, 4),
    inflation: optionalText(s.inflation, 4),
    symbol: s.symbol,
    everyNDays: n !== undefined && 365 % n === 0 ? String(365 / n) : '5',
    perYear: String(periodsOf(s.compounding)),
  }
}

/** The form for a parsed query; the query's issues appear on the fields they concern. */
export function initForm(parsed: ParsedScenario, unit: DurationUnit = 'days'): FormState {
  const errors: FormState['errors'] = {}
  for (const issue of parsed.issues) {
    const field = FIELD_OF[issue.param]
    errors[field] = errors[field] === undefined ? issue.message : `${errors[field]}. ${issue.message}`
  }
  return {
    scenario: parsed.scenario,
    text: textsFor(parsed.scenario, unit),
    errors,
    compoundingMode: modeOf(parsed.scenario.compounding),
    durationUnit: unit,
  }
}

/** Decimals a rate field shows; a converted rate is rounded to them so the URL holds what the field shows. */
const RATE_DECIMALS = 4
const asShown = (rate: number) => Number(formatInput(rate, RATE_DECIMALS))

function switchRateKind(state: FormState, kind: RateKind): FormState {
  const s = state.scenario
  if (kind === s.rateKind) return state
  const restore = state.beforeSwitch?.kind === kind ? state.beforeSwitch.rate : undefined
  const rate = restore ?? asShown(rateAs(s, kind))
  const scenario = { ...s, rateKind: kind, rate }
  const errors = { ...state.errors }
  delete errors.rate
  return {
    ...state,
    scenario,
    errors,
    text: { ...state.text, rate: formatInput(rate, RATE_DECIMALS) },
    beforeSwitch: { kind: s.rateKind, rate: s.rate },
  }
}

function setCompoundingMode(state: FormState, mode: CompoundingMode): FormState {
  const next: FormState = { ...state, compoundingMode: mode }
  delete next.beforeSwitch
  const errors = { ...next.errors }
  delete errors.everyNDays
  delete errors.perYear
  delete errors.compounding
  next.errors = errors
  if (mode === 'every-n-days' || mode === 'per-year') {
    return edit(
      next,
      mode === 'every-n-days' ? 'everyNDays' : 'perYear',
      next.text[mode === 'every-n-days' ? 'everyNDays' : 'perYear'],
    )
  }
  const keep = m.resultsUse(describeCompounding(state.scenario.compounding))
  return accept(next, 'compounding', { ...state.scenario, compounding: mode }, keep)
}

/**
 * The scenario after choosing a preset: the network's preset values, keeping the reader's duration and
 * currency; `null` (custom) keeps every value and drops the preset.
 */
export function scenarioForNetwork(s: Scenario, network: NetworkId | null): Scenario {
  if (network === null) {
    const { network: _, ...custom } = s
    return custom
  }
  return { ...presetScenario(NETWORK_PRESET[network]), days: s.days, currency: s.currency }
}

function applyNetwork(state: FormState, network: NetworkId | null): FormState {
  const scenario = scenarioForNetwork(state.scenario, network)
  if (network === null) {
    const errors = { ...state.errors }
    delete errors.network
    return { ...state, scenario, errors }
  }
  return initForm({ scenario, issues: [] }, state.durationUnit)
}

function setApr(state: FormState, rate: number): FormState {
  const next: FormState = { ...state, text: { ...state.text, rate: formatInput(rate, RATE_DECIMALS) } }
  delete next.beforeSwitch
  const { min, max } = rangeOf('apr')
  const keep = keptValue(state, 'rate')
  if (!(rate >= min && rate <= max)) {
    return { ...next, errors: { ...next.errors, rate: `${rangeMessage('apr', m.labels.apr)}. ${keep}` } }
  }
  return accept(next, 'rate', { ...state.scenario, rateKind: 'apr', rate }, keep)
}

export function formReducer(state: FormState, action: FormAction): FormState {
  switch (action.type) {
    case 'setApr':
      return setApr(state, action.rate)
    case 'edit':
      return edit(state, action.field, action.text)
    case 'rateKind':
      return switchRateKind(state, action.kind)
    case 'compoundingMode':
      return setCompoundingMode(state, action.mode)
    case 'durationUnit': {
      const errors = { ...state.errors }
      delete errors.duration
      const text = { ...state.text, duration: durationText(state.scenario.days, action.unit) }
      return { ...state, durationUnit: action.unit, text, errors }
    }
    case 'currency': {
      const currency = CURRENCIES.find((c) => c === action.currency) as Currency | undefined
      return currency === undefined ? state : { ...state, scenario: { ...state.scenario, currency } }
    }
    case 'network':
      return applyNetwork(state, action.network)
    case 'load':
      return initForm(action.parsed, state.durationUnit)
    case 'rates':
      if (!RATE_MODES.includes(action.mode)) return state
      return { ...state, scenario: withOption(state.scenario, 'rates', action.mode, 'constant') }
    case 'credentials':
    case 'poolCredentials':
      if (!CREDENTIALS.includes(action.credentials)) return state
      return {
        ...state,
        scenario: withOption(state.scenario, action.type, action.credentials, '0x01'),
      }
    case 'ethereumOption':
      return setEthereumOption(state, action.key, action.text)
  }
}

/** Sets an optional choice, leaving it out when it is the default so links stay short. */
function withOption<K extends 'rates' | 'credentials' | 'poolCredentials'>(
  s: Scenario,
  key: K,
  value: NonNullable<Scenario[K]>,
  fallback: NonNullable<Scenario[K]>,
): Scenario {
  const next = { ...s }
  if (value === fallback) delete next[key]
  else next[key] = value
  return next
}

function setEthereumOption(state: FormState, key: EthereumNumberOption, text: string): FormState {
  const read = readNumberField(key, text, m.labels[key], false)
  const errors = { ...state.errors }
  if (!read.ok) return { ...state, errors: { ...errors, [key]: read.message } }
  delete errors[key]
  const scenario = { ...state.scenario }
  if (read.value === undefined) delete scenario[key]
  else scenario[key] = read.value
  return { ...state, scenario, errors }
}
