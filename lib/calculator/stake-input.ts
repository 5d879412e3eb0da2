import { checkCompounding, compoundingKind } from './compounding'
import type { Compounding } from './compounding'
import { CalculatorInputError } from './errors'
import { DAYS_PER_YEAR, GROWTH_TOO_LARGE_MESSAGE, LN_MAX_GROWTH, logGrowth } from './growth'
import { RANGES } from './ranges'
import { pathAprs } from './rate-path'
import type { RatePath } from './rate-path'
import type { StakeInput } from './types'
import { checkRange, fractionRule } from './validate'
import type { Check } from './validate'

/**
 * The rules for every `StakeInput` field, shared by the throwing `assertStakeInput` (used by
 * `projectStake`) and the non-throwing `validateStakeInput` (used by the UI and URL parser).
 */
export const STAKE_INPUT_RULES: Record<keyof StakeInput, Check> = {
  principal: (v) =>
    checkRange(v, {
      label: 'Principal',
      range: RANGES.principal,
      message: 'Principal must be between 0 and 1,000,000,000,000 tokens',
    }),
  apr: (v) =>
    checkRange(v, { label: 'APR', range: RANGES.apr, message: 'APR must be between 0% and 1,000%' }),
  commission: (v) => checkRange(v, fractionRule('Commission')),
  compounding: checkCompounding,
  days: (v) => {
    const message = checkRange(v, {
      label: 'Days',
      range: { min: 0, max: Number.MAX_VALUE },
      integer: true,
      message: 'Days must be a whole number of days (0 or more)',
    })
    if (message !== null) return message
    return (v as number) > RANGES.days.max ? 'Days must be at most 36,500 (100 years)' : null
  },
  price: (v) =>
    checkRange(v, {
      label: 'Token price',
      range: RANGES.price,
      message: 'Token price must be between 0 and 1,000,000,000',
    }),
  priceChange: (v) =>
    checkRange(v, {
      label: 'Price change',
      range: RANGES.priceChange,
      message: 'Price change must be between −100% and +10,000%',
    }),
  inflation: (v) =>
    checkRange(v, {
      label: 'Inflation',
      range: RANGES.inflation,
      message: 'Inflation must be between 0% and 1,000%',
    }),
  ratePath: (v) => {
    try {
      pathAprs(v as RatePath, 1)
      return null
    } catch (error) {
      if (error instanceof CalculatorInputError) return error.message
      throw error
    }
  },
}

const REQUIRED = ['principal', 'apr', 'commission', 'compounding', 'days'] as const
const OPTIONAL = ['price', 'priceChange', 'inflation', 'ratePath'] as const

/** Per-field messages; only fields with a problem are present. */
export type StakeInputErrors = Partial<Record<keyof StakeInput, string>>

export type StakeInputValidation = { ok: true; value: StakeInput } | { ok: false; errors: StakeInputErrors }

/**
 * Checks that the balance cannot overflow: growth beyond `RANGES.maxGrowthFactor` (10¹²⁰) is refused with
 * a message on `days`. Assumes the fields are already valid.
 */
function checkGrowth(input: StakeInput): string | null {
  const rate = input.apr * (1 - input.commission)
  const ln = logGrowth(rate, compoundingKind(input.compounding), input.days / DAYS_PER_YEAR)
  return ln > LN_MAX_GROWTH ? GROWTH_TOO_LARGE_MESSAGE : null
}

function collectErrors(input: Record<string, unknown>): StakeInputErrors {
  const errors: StakeInputErrors = {}
  for (const key of REQUIRED) {
    const message = STAKE_INPUT_RULES[key](input[key])
    if (message !== null) errors[key] = message
  }
  for (const key of OPTIONAL) {
    if (input[key] === undefined) continue
    const message = STAKE_INPUT_RULES[key](input[key])
    if (message !== null) errors[key] = message
  }
  if (Object.keys(errors).length === 0) {
    const growth = checkGrowth(input as StakeInput)
    if (growth !== null) errors.days = growth
  }
  return errors
}

/** Throws `CalculatorInputError` for the first invalid field (required fields first, in contract order). */
export function assertStakeInput(input: StakeInput): void {
  if (typeof input !== 'object' || input === null) {
    throw new CalculatorInputError('input', 'Stake input must be an object')
  }
  const errors = collectErrors(input as Record<string, unknown>)
  const first = Object.entries(errors)[0]
  if (first !== undefined) throw new CalculatorInputError(first[0], first[1])
}

/** Turns URL-style text into a number; anything else is passed through for the rules to judge. */
function coerceNumber(value: unknown): unknown {
  if (typeof value !== 'string') return value
  const text = value.trim()
  if (text === '') return undefined
  const n = Number(text)
  return Number.isNaN(n) ? value : n
}

function coerceCompounding(value: unknown): unknown {
  if (typeof value !== 'string') return value
  const text = value.trim().toLowerCase()
  if (text === '') return undefined
  return /^\d+$/.test(text) ? Number(text) : text
}

/**
 * Non-throwing validation for the UI and the URL parser. Numbers may arrive as numbers or as numeric text
 * (`"1000"`, `" 0.05 "`); compounding as a name or a whole number (`"12"`). Empty text counts as missing,
 * so optional fields (`price`, `priceChange`, `inflation`) may be left empty. Unknown keys are ignored.
 * Returns the typed input, or one plain-English message per offending field.
 */
export function validateStakeInput(raw: Record<string, unknown>): StakeInputValidation {
  const candidate: Record<string, unknown> = {}
  for (const key of [...REQUIRED, ...OPTIONAL]) {
    const value =
      key === 'compounding'
        ? coerceCompounding(raw[key])
        : key === 'ratePath'
          ? raw[key]
          : coerceNumber(raw[key])
    if (value !== undefined) candidate[key] = value
  }
  const errors = collectErrors(candidate)
  if (Object.keys(errors).length > 0) return { ok: false, errors }
  const value: StakeInput = {
    principal: candidate.principal as number,
    apr: candidate.apr as number,
    commission: candidate.commission as number,
    compounding: candidate.compounding as Compounding,
    days: candidate.days as number,
  }
  for (const key of OPTIONAL) {
    const field = candidate[key]
    if (field === undefined) continue
    if (key === 'ratePath') value.ratePath = field as RatePath
    else value[key] = field as number
  }
  return { ok: true, value }
}
