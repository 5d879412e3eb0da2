import { CalculatorInputError, compoundingFromEveryNDays, PERIODS_PER_YEAR } from '@/lib/calculator'
import type { Compounding } from '@/lib/calculator'
import { enCalculatorMessages as m } from '@/lib/i18n/en-calculator-messages'
import { describeNumber, rangeMessage, rangeOf } from './describe'
import type { NumericParam } from './describe'
import { MAX_PARAM_LENGTH } from './params'
import { readNumberText, readPeriodsText } from './syntax'

/** A field read from what the reader typed: a value, or a message saying what is wrong. */
export type FieldRead<T> = { ok: true; value: T } | { ok: false; message: string }

const fail = (message: string): FieldRead<never> => ({ ok: false, message })

export type DurationUnit = 'days' | 'months' | 'years'

/** Days in one unit of duration; a month is a twelfth of the 365-day year, as in the engine. */
export const DAYS_PER_UNIT: Record<DurationUnit, number> = { days: 1, months: 365 / 12, years: 365 }

/** What is wrong with text that is not a usable number, in words for the field's label. */
export function numberProblem(
  reason: 'not-a-number' | 'not-finite' | 'decimal-comma',
  label: string,
): string {
  if (reason === 'not-finite') return m.notFinite(label)
  return reason === 'decimal-comma' ? m.decimalComma(label) : m.notNumber(label)
}

/** Reads a typed number for a parameter with the query schema's syntax and the documented range. */
export function readNumberField(
  param: NumericParam,
  text: string,
  label: string,
  required: boolean,
): FieldRead<number | undefined> {
  if (text.trim() === '') return required ? fail(m.required(label)) : { ok: true, value: undefined }
  if (text.length > MAX_PARAM_LENGTH) return fail(m.tooLong(label, MAX_PARAM_LENGTH))
  const read = readNumberText(text)
  if (!read.ok) return fail(numberProblem(read.reason, label))
  const { min, max } = rangeOf(param)
  if (read.value < min || read.value > max) return fail(rangeMessage(param, label))
  return { ok: true, value: read.value }
}

/** Reads the duration in the chosen unit and returns whole days. */
export function readDurationField(text: string, unit: DurationUnit, label: string): FieldRead<number> {
  if (text.trim() === '') return fail(m.required(label))
  const read = readNumberText(text)
  if (!read.ok) return fail(numberProblem(read.reason, label))
  if (unit === 'days' && !Number.isInteger(read.value)) return fail(m.wholeDays)
  const days = Math.round(read.value * DAYS_PER_UNIT[unit])
  const { min, max } = rangeOf('days')
  if (!(days >= min && days <= max)) return fail(rangeMessage('days', label))
  return { ok: true, value: days }
}

/** "Every N days": only N that divides the 365-day year works (the engine's rule and message). */
export function readEveryNDays(text: string): FieldRead<Compounding> {
  const read = readNumberText(text)
  if (!read.ok) return fail(m.everyNDays)
  try {
    return { ok: true, value: compoundingFromEveryNDays(read.value) }
  } catch (error) {
    if (error instanceof CalculatorInputError) return fail(error.message)
    throw error
  }
}

/** "N times a year": a whole number of periods, 1 or more. */
export function readPerYear(text: string): FieldRead<Compounding> {
  const periods = readPeriodsText(text)
  return periods === null ? fail(m.compounding) : { ok: true, value: periods }
}

/** Periods per year of a schedule, for prefilling "N times a year" (12 when it has none). */
export function periodsOf(c: Compounding): number {
  if (typeof c === 'number') return c
  return c in PERIODS_PER_YEAR ? PERIODS_PER_YEAR[c as keyof typeof PERIODS_PER_YEAR] : 12
}

/** The "results use …" tail for an invalid field, naming the value still in use. */
export function keptTail(param: NumericParam, value: number | undefined): string {
  return value === undefined ? m.resultsOmit : m.resultsUse(describeNumber(param, value))
}
