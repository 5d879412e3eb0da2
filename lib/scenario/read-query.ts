import { enCalculatorQueryMessages as q } from '@/lib/i18n/en-calculator-query-messages'
import { MAX_PARAM_LENGTH } from './params'
import type { PublicParam } from './params'
import { ISSUE, QUERY_SCHEMA } from './schema'
import type { QueryValues } from './schema'
import type { QueryInput, ScenarioIssue } from './types'

/** Why a parameter's value could not be used; the message is written once the fallback is known. */
export type Failure = 'too-long' | 'empty' | (typeof ISSUE)[keyof typeof ISSUE]

export type ReadQuery = {
  values: QueryValues
  /** Parameters present with a value that could not be used. */
  failures: Map<PublicParam, Failure>
  /** Problems that need no fallback (repeated keys). */
  issues: ScenarioIssue[]
}

/** Every value given for each wanted key, in order. Unknown keys are ignored. */
function collect(input: QueryInput, wanted: readonly PublicParam[]): Map<PublicParam, string[]> {
  const found = new Map<PublicParam, string[]>()
  const add = (key: PublicParam, value: unknown) => {
    if (typeof value !== 'string') return
    const list = found.get(key) ?? []
    list.push(value)
    found.set(key, list)
  }
  if (typeof input === 'string' || input instanceof URLSearchParams) {
    const params = typeof input === 'string' ? new URLSearchParams(input) : input
    for (const key of wanted) for (const value of params.getAll(key)) add(key, value)
    return found
  }
  for (const key of wanted) {
    if (!Object.hasOwn(input, key)) continue
    const value: unknown = input[key]
    if (Array.isArray(value)) for (const v of value as unknown[]) add(key, v)
    else add(key, value)
  }
  return found
}

function failureOf(message: string | undefined): Failure {
  const codes: string[] = Object.values(ISSUE)
  return message !== undefined && codes.includes(message) ? (message as Failure) : ISSUE.badChoice
}

/**
 * Reduces a query to one raw string per known parameter (the first of repeated keys; over-long values are
 * refused before parsing), then validates the form of every value with `QUERY_SCHEMA`. Values that fail are
 * dropped and recorded as failures; the rest come back typed. Never throws.
 */
export function readQuery(input: QueryInput, wanted: readonly PublicParam[]): ReadQuery {
  const issues: ScenarioIssue[] = []
  const failures = new Map<PublicParam, Failure>()
  const raw: Partial<Record<PublicParam, string>> = {}
  for (const [key, values] of collect(input, wanted)) {
    if (values.length > 1) issues.push({ param: key, message: q.repeated(key) })
    const value = values[0] ?? ''
    if (value.length > MAX_PARAM_LENGTH) failures.set(key, 'too-long')
    else raw[key] = value
  }
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const result = QUERY_SCHEMA.safeParse(raw)
    if (result.success) return { values: result.data, failures, issues }
    for (const issue of result.error.issues) {
      const key = issue.path[0] as PublicParam | undefined
      if (key === undefined || !(key in raw)) continue
      failures.set(key, raw[key]?.trim() === '' ? 'empty' : failureOf(issue.message))
      delete raw[key]
    }
  }
  return { values: {}, failures, issues }
}
