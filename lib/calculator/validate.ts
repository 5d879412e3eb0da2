import { CalculatorInputError } from './errors'
import type { Range } from './ranges'

/**
 * Shared validation primitives. Each `check*` returns a plain-English message or `null`; the throwing
 * functions (`require*`) wrap the same checks, so the throwing engine and the non-throwing
 * `validateStakeInput` can never disagree.
 */

export type Check = (value: unknown) => string | null

export function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value)
}

/** Message for a value that is not a finite number, or `null` when it is one. */
export function checkFinite(value: unknown, label: string): string | null {
  if (value === undefined || value === null) return `${label} is required`
  if (typeof value !== 'number' || Number.isNaN(value)) return `${label} must be a number`
  if (!Number.isFinite(value)) return `${label} must be a finite number`
  return null
}

export type RangeRule = {
  label: string
  range: Range
  /** Message shown when the number is outside the range. */
  message: string
  /** When true the minimum itself is not allowed (e.g. bonded ratio must be above 0). */
  minExclusive?: boolean
  integer?: boolean
}

export function checkRange(value: unknown, rule: RangeRule): string | null {
  const notNumber = checkFinite(value, rule.label)
  if (notNumber !== null) return notNumber
  const n = value as number
  const belowMin = rule.minExclusive === true ? n <= rule.range.min : n < rule.range.min
  if (belowMin || n > rule.range.max) return rule.message
  if (rule.integer === true && !Number.isInteger(n)) return rule.message
  return null
}

/** Throws `CalculatorInputError(field, message)` when `check` reports a problem. */
export function requireValid(field: string, value: unknown, check: Check): void {
  const message = check(value)
  if (message !== null) throw new CalculatorInputError(field, message)
}

/** Validates a number against a rule and returns it typed as `number`. */
export function requireNumber(field: string, value: unknown, rule: RangeRule): number {
  requireValid(field, value, (v) => checkRange(v, rule))
  return value as number
}

/** A decimal fraction in [0, 1], e.g. commission or community tax. */
export function fractionRule(label: string): RangeRule {
  return { label, range: { min: 0, max: 1 }, message: `${label} must be between 0% and 100%` }
}

/** Formats a decimal fraction as a percentage for messages and assumptions, e.g. 0.045 → "4.5%". */
export function formatPercent(fraction: number): string {
  const percent = fraction * 100
  const rounded = Math.abs(percent) >= 100 ? percent.toFixed(0) : percent.toFixed(2)
  return `${rounded.replace(/\.?0+$/, '')}%`
}

/** A decimal fraction in (0, 1], e.g. a staked or bonded share of supply. */
export function positiveShareRule(label: string): RangeRule {
  return {
    label,
    range: { min: 0, max: 1 },
    minExclusive: true,
    message: `${label} must be more than 0% and at most 100%`,
  }
}

/** Days a rate path or model must cover: 0 … 36,500 (100 years). */
export const HORIZON_DAYS_RULE: RangeRule = {
  label: 'Days',
  range: { min: 0, max: 36_500 },
  message: 'Days must be between 0 and 36,500',
}
