import { enCalculatorMessages as m } from '@/lib/i18n/en-calculator-messages'
import { enCalculatorQueryMessages as q } from '@/lib/i18n/en-calculator-query-messages'
import { scenarioProblem } from './check'
import { baseScenario } from './defaults'
import { describeCompounding, describeNumber, rangeMessage, rangeOf } from './describe'
import type { NumericParam } from './describe'
import { CURRENCIES, MAX_PARAM_LENGTH, SCENARIO_PARAMS, WIDGET_PARAMS } from './params'
import type { PublicParam, ScenarioParam } from './params'
import { readQuery } from './read-query'
import type { Failure } from './read-query'
import type { QueryValues } from './schema'
import type {
  ParsedScenario,
  ParsedWidget,
  QueryInput,
  Scenario,
  ScenarioIssue,
  WidgetOptions,
} from './types'

const label = (param: PublicParam) => m.labels[param]

/** Why the value failed, in words, for the parameter it belongs to. */
function problemText(param: PublicParam, failure: Failure): string {
  if (failure === 'too-long') return m.tooLong(label(param), MAX_PARAM_LENGTH)
  if (failure === 'empty') return q.empty(label(param))
  switch (param) {
    case 'compounding':
      return m.compounding
    case 'symbol':
      return m.symbol
    case 'currency':
      return q.currency(CURRENCIES.join(', '))
    case 'network':
      return q.network
    case 'rates':
      return q.rates
    case 'credentials':
    case 'poolCredentials':
      return q.credentials
    case 'theme':
      return q.theme
    case 'compact':
      return q.compact
    default:
      return failure === 'not-finite' ? m.notFinite(label(param)) : m.notNumber(label(param))
  }
}

const withTail = (problem: string, tail: string) => `${problem.replace(/\.$/, '')}; ${tail}`

function describeRate(s: Scenario): string {
  return `${describeNumber(s.rateKind, s.rate)} ${s.rateKind.toUpperCase()}`
}

/** What a parameter falls back to, in words ("using the default, 1,000 tokens" or "left out"). */
function fallbackText(param: ScenarioParam, base: Scenario): string {
  switch (param) {
    case 'network':
      return q.leftOut
    case 'apr':
    case 'apy':
      return q.usingDefault(describeRate(base))
    case 'compounding':
      return q.usingDefault(describeCompounding(base.compounding))
    case 'symbol':
    case 'currency':
      return q.usingDefault(base[param])
    case 'rates':
    case 'credentials':
    case 'poolCredentials':
      return q.usingDefault(param === 'rates' ? 'constant' : '0x01')
    default: {
      const value = base[param]
      return value === undefined ? q.leftOut : q.usingDefault(describeNumber(param, value))
    }
  }
}

/** Clamps a number into its documented range, reporting the change. */
function clamp(param: NumericParam, value: number, issues: ScenarioIssue[]): number {
  const { min, max } = rangeOf(param)
  const clamped = Math.min(max, Math.max(min, value))
  if (clamped !== value) {
    issues.push({
      param,
      message: withTail(rangeMessage(param, label(param)), q.using(describeNumber(param, clamped))),
    })
  }
  return clamped
}

type Numeric = 'amount' | 'commission' | 'days' | 'price' | 'priceChange' | 'inflation'

function resolve(values: QueryValues, issues: ScenarioIssue[]): Scenario {
  const s = baseScenario(values.network)
  const numeric: Numeric[] = ['amount', 'commission', 'days', 'price', 'priceChange', 'inflation']
  for (const key of numeric) {
    const value = values[key]
    if (value === undefined) continue
    if (value === '') {
      if (key === 'price' || key === 'priceChange' || key === 'inflation') delete s[key]
      continue
    }
    s[key] = clamp(key, value, issues)
  }
  for (const key of ['stakeGrowth', 'entryQueue', 'exitQueue'] as const) {
    const value = values[key]
    if (value !== undefined && value !== '') s[key] = clamp(key, value, issues)
  }
  if (values.rates !== undefined) s.rates = values.rates
  if (values.credentials !== undefined) s.credentials = values.credentials
  if (values.poolCredentials !== undefined) s.poolCredentials = values.poolCredentials
  if (!Number.isInteger(s.days)) {
    s.days = Math.round(s.days)
    issues.push({ param: 'days', message: withTail(m.wholeDays, q.using(describeNumber('days', s.days))) })
  }
  if (values.apr !== undefined && values.apy !== undefined)
    issues.push({ param: 'apy', message: q.bothRates })
  const kind = values.apr !== undefined ? 'apr' : values.apy !== undefined ? 'apy' : undefined
  const rate = kind === undefined ? undefined : values[kind]
  if (kind !== undefined && rate !== undefined) {
    s.rateKind = kind
    s.rate = clamp(kind, rate, issues)
  }
  if (values.compounding !== undefined) s.compounding = values.compounding
  if (values.symbol !== undefined) s.symbol = values.symbol
  if (values.currency !== undefined) s.currency = values.currency
  return s
}

/** Cross-field rules last: an impossible combination resets the blamed parameter to its fallback. */
function settle(s: Scenario, issues: ScenarioIssue[]): Scenario {
  const base = baseScenario(s.network)
  for (let attempt = 0; attempt < 4; attempt += 1) {
    const problem = scenarioProblem(s)
    if (problem === null) return s
    const { param } = problem
    issues.push({ param, message: withTail(problem.message, fallbackText(param, base)) })
    if (param === 'apr' || param === 'apy') {
      s.rateKind = base.rateKind
      s.rate = base.rate
    } else if (param === 'days' || param === 'amount' || param === 'commission') {
      s[param] = base[param]
    } else if (param === 'compounding') {
      s.compounding = base.compounding
    } else if (
      param === 'price' ||
      param === 'priceChange' ||
      param === 'inflation' ||
      param === 'stakeGrowth' ||
      param === 'rates'
    ) {
      delete s[param]
    }
  }
  return baseScenario()
}

function parse(input: QueryInput, params: readonly PublicParam[]) {
  const { values, failures, issues } = readQuery(input, params)
  const base = baseScenario(values.network)
  for (const [param, failure] of failures) {
    const problem = problemText(param, failure)
    const tail =
      param === 'theme' || param === 'compact'
        ? q.usingDefault(param === 'theme' ? 'auto' : 'off')
        : fallbackText(param, base)
    issues.push({ param, message: withTail(problem, tail) })
  }
  const scenario = settle(resolve(values, issues), issues)
  return { scenario, values, issues }
}

/**
 * Reads a calculator scenario from a query (`/calculator?amount=32&apr=3.5`). Never throws: unknown keys are
 * ignored, repeated keys use their first value, numbers must be finite and are clamped into `PARAM_RANGES`,
 * names are allow-listed, and anything unusable falls back to the network preset or `DEFAULT_SCENARIO`, with
 * one plain-English issue per problem. The result is always valid for the engine.
 */
export function parseScenarioQuery(input: QueryInput): ParsedScenario {
  const { scenario, issues } = parse(input, SCENARIO_PARAMS)
  return { scenario, issues }
}

/** `parseScenarioQuery` plus the widget's own `theme` (light, dark, auto) and `compact` flag. */
export function parseWidgetQuery(input: QueryInput): ParsedWidget {
  const { scenario, values, issues } = parse(input, [...SCENARIO_PARAMS, ...WIDGET_PARAMS])
  const options: WidgetOptions = { theme: values.theme ?? 'auto', compact: values.compact ?? false }
  return { scenario, options, issues }
}
