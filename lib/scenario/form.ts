import type { Compounding, NetworkId } from '@/lib/calculator'
import { enCalculatorMessages as m } from '@/lib/i18n/en-calculator-messages'
import { scenarioProblem } from './check'
import { presetScenario } from './defaults'
import { describeCompounding, describeNumber, rangeMessage, rangeOf } from './describe'
import type { NumericParam } from './describe'
import { formatInput } from './format'
import {
  DAYS_PER_UNIT,
  keptTail,
  periodsOf,
  readDurationField,
  readEveryNDays,
  readNumberField,
  readPerYear,
} from './form-fields'
import type { DurationUnit, FieldRead } from './form-fields'
import { CURRENCIES, NETWORK_PRESET, SYMBOL_PATTERN } from './params'
import type { Currency, PublicParam, COMPOUNDING_NAMES } from './params'
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

export type FormField = TextField | 'compounding' | 'currency' | 'network' | 'theme' | 'compact'

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

type Change = { scenario: Scenario } | { error: string }

/** Applies a candidate scenario unless a cross-field rule refuses it. */
function accept(state: FormState, field: FormField, candidate: Scenario, keep: string): FormState {
  const problem = scenarioProblem(candidate)
  const errors = { ...state.errors }
  if (problem !== null) {
    errors[field] = `${problem.message.replace(/\.$/, '')}. ${keep}`
    return { ...state, errors }
  }
  delete errors[field]
  return { ...state, scenario: candidate, errors }
}

const NUMERIC: Partial<Record<TextField, NumericParam>> = {
  amount: 'amount',
  commission: 'commission',
  price: 'price',
  priceChange: 'priceChange',
  inflation: 'inflation',
}

function readEdit(state: FormState, field: TextField, text: string): Change {
  const s = state.scenario
  const label = m.labels[field === 'rate' ? s.rateKind : field === 'duration' ? 'days' : 'compounding']
  const result = (read: FieldRead<Partial<Scenario>>): Change =>
    read.ok ? { scenario: { ...s, ...read.value } } : { error: read.message }
  const numeric = NUMERIC[field]
  if (numeric !== undefined) {
    const required = numeric === 'amount' || numeric === 'commission'
    const read = readNumberField(numeric, text, m.labels[numeric], required)
    if (!read.ok) return { error: read.message }
    const next = { ...s, [numeric]: read.value }
    if (read.value === undefined) delete next[numeric as 'price' | 'priceChange' | 'inflation']
    return { scenario: next }
  }
  switch (field) {
    case 'rate': {
      const read = readNumberField(s.rateKind, text, label, true)
      return read.ok ? { scenario: { ...s, rate: read.value ?? s.rate } } : { error: read.message }
    }
    case 'duration': {
      const read = readDurationField(text, state.durationUnit, label)
      return read.ok ? { scenario: { ...s, days: read.value } } : { error: read.message }
    }
    case 'symbol': {
      const symbol = text.trim()
      return SYMBOL_PATTERN.test(symbol) ? { scenario: { ...s, symbol } } : { error: m.symbol }
    }
    case 'everyNDays':
      return result(mapRead(readEveryNDays(text)))
    default:
      return result(mapRead(readPerYear(text)))
  }
}

const mapRead = (read: FieldRead<Compounding>): FieldRead<Partial<Scenario>> =>
  read.ok ? { ok: true, value: { compounding: read.value } } : read

/** What an invalid field's message ends with: the value the results still use. */
function keptValue(state: FormState, field: TextField): string {
  const s = state.scenario
  if (field === 'rate')
    return m.resultsUse(`${describeNumber(s.rateKind, s.rate)} ${s.rateKind.toUpperCase()}`)
  if (field === 'duration') return m.resultsUse(describeNumber('days', s.days))
  if (field === 'symbol') return m.resultsUse(s.symbol)
  if (field === 'everyNDays' || field === 'perYear') return m.resultsUse(describeCompounding(s.compounding))
  const numeric = NUMERIC[field] as NumericParam
  return keptTail(numeric, s[numeric as 'amount'])
}

function edit(state: FormState, field: TextField, text: string): FormState {
  const next: FormState = { ...state, text: { ...state.text, [field]: text } }
  if (field === 'rate' || field === 'everyNDays' || field === 'perYear') delete next.beforeSwitch
  const change = readEdit(next, field, text)
  const keep = keptValue(next, field)
  if ('error' in change) {
    return { ...next, errors: { ...next.errors, [field]: `${change.error.replace(/\.$/, '')}. ${keep}` } }
  }
  return accept(next, field, change.scenario, keep)
}

function switchRateKind(state: FormState, kind: RateKind): FormState {
  const s = state.scenario
  if (kind === s.rateKind) return state
  const restore = state.beforeSwitch?.kind === kind ? state.beforeSwitch.rate : undefined
  const rate = restore ?? rateAs(s, kind)
  const scenario = { ...s, rateKind: kind, rate }
  const errors = { ...state.errors }
  delete errors.rate
  return {
    ...state,
    scenario,
    errors,
    text: { ...state.text, rate: formatInput(rate, 4) },
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
  const next: FormState = { ...state, text: { ...state.text, rate: formatInput(rate, 4) } }
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
  }
}
