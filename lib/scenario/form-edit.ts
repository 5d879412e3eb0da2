import type { Compounding } from '@/lib/calculator'
import { enCalculatorMessages as m } from '@/lib/i18n/en-calculator-messages'
import { scenarioProblem } from './check'
import { describeCompounding, describeNumber } from './describe'
import type { NumericParam } from './describe'
import type { FormField, FormState, TextField } from './form'
import { keptTail, readDurationField, readEveryNDays, readNumberField, readPerYear } from './form-fields'
import type { FieldRead } from './form-fields'
import { SYMBOL_PATTERN } from './params'
import type { Scenario } from './types'

/** Editing one text field of the calculator form: read what was typed, keep or refuse it, say why. */

type Change = { scenario: Scenario } | { error: string }

/** Applies a candidate scenario unless a cross-field rule refuses it. */
export function accept(state: FormState, field: FormField, candidate: Scenario, keep: string): FormState {
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
export function keptValue(state: FormState, field: TextField): string {
  const s = state.scenario
  if (field === 'rate')
    return m.resultsUse(`${describeNumber(s.rateKind, s.rate)} ${s.rateKind.toUpperCase()}`)
  if (field === 'duration') return m.resultsUse(describeNumber('days', s.days))
  if (field === 'symbol') return m.resultsUse(s.symbol)
  if (field === 'everyNDays' || field === 'perYear') return m.resultsUse(describeCompounding(s.compounding))
  const numeric = NUMERIC[field] as NumericParam
  return keptTail(numeric, s[numeric as 'amount'])
}

export function edit(state: FormState, field: TextField, text: string): FormState {
  const next: FormState = { ...state, text: { ...state.text, [field]: text } }
  if (field === 'rate' || field === 'everyNDays' || field === 'perYear') delete next.beforeSwitch
  const change = readEdit(next, field, text)
  const keep = keptValue(next, field)
  if ('error' in change) {
    return { ...next, errors: { ...next.errors, [field]: `${change.error.replace(/\.$/, '')}. ${keep}` } }
  }
  return accept(next, field, change.scenario, keep)
}
