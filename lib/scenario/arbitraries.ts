import fc from 'fast-check'
import type { Compounding } from '@/lib/calculator'
import { scenarioProblem } from './check'
import {
  CREDENTIALS,
  CURRENCIES,
  NETWORKS,
  PARAM_RANGES,
  RATE_MODES,
  SCENARIO_PARAMS,
  SYMBOL_PATTERN,
  WIDGET_PARAMS,
} from './params'
import type { Scenario, WidgetOptions } from './types'

/** fast-check generators shared by the scenario property tests (test-only module). */

const inRange = (r: { min: number; max: number }) =>
  fc.double({ min: r.min, max: r.max, noNaN: true }).map((n) => n + 0)

export const compoundingArb: fc.Arbitrary<Compounding> = fc.oneof(
  fc.constantFrom<Compounding>('none', 'daily', 'weekly', 'monthly', 'quarterly', 'yearly', 'continuous'),
  fc.integer({ min: 1, max: 1_000_000 }),
  fc.constant(Number.MAX_SAFE_INTEGER),
)

/** Any scenario the parser could produce: every value inside its range, no impossible combination. */
export const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record(
    {
      network: fc.constantFrom(...NETWORKS),
      amount: inRange(PARAM_RANGES.amount),
      rateKind: fc.constantFrom('apr' as const, 'apy' as const),
      rate: inRange(PARAM_RANGES.apr),
      compounding: compoundingArb,
      commission: inRange(PARAM_RANGES.commission),
      days: fc.integer({ min: PARAM_RANGES.days.min, max: PARAM_RANGES.days.max }),
      price: inRange(PARAM_RANGES.price),
      priceChange: inRange(PARAM_RANGES.priceChange),
      inflation: inRange(PARAM_RANGES.inflation),
      symbol: fc.stringMatching(SYMBOL_PATTERN),
      currency: fc.constantFrom(...CURRENCIES),
      rates: fc.constantFrom(...RATE_MODES),
      stakeGrowth: inRange(PARAM_RANGES.stakeGrowth),
      credentials: fc.constantFrom(...CREDENTIALS),
      entryQueue: inRange(PARAM_RANGES.entryQueue),
      exitQueue: inRange(PARAM_RANGES.exitQueue),
      poolCredentials: fc.constantFrom(...CREDENTIALS),
    },
    {
      requiredKeys: ['amount', 'rateKind', 'rate', 'compounding', 'commission', 'days', 'symbol', 'currency'],
    },
  )
  .filter((s) => scenarioProblem(s) === null)

export const widgetOptionsArb: fc.Arbitrary<WidgetOptions> = fc.record({
  theme: fc.constantFrom('light' as const, 'dark' as const, 'auto' as const),
  compact: fc.boolean(),
})

/** Values an attacker or a careless embedder might put in a link. */
export const hostileValueArb = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.double().map(String),
  fc.integer().map(String),
  fc.constantFrom(
    '<script>alert(1)</script>',
    '"><svg onload=alert(1)>',
    'javascript:alert(1)',
    '1e309',
    '-1e309',
    'NaN',
    'Infinity',
    '-0',
    '0x10',
    '',
    ' ',
    '%',
    '__proto__',
    'x'.repeat(10_000),
    '9'.repeat(400),
  ),
)

const keyArb = fc.constantFrom(
  ...SCENARIO_PARAMS,
  ...WIDGET_PARAMS,
  'unknown',
  '__proto__',
  'constructor',
  'toString',
)

/** A query as key/value pairs, repeated keys included. */
export const hostileQueryArb = fc
  .array(fc.tuple(keyArb, hostileValueArb), { maxLength: 20 })
  .map((pairs) => new URLSearchParams(pairs))

/** The same as a Next.js `searchParams` object (repeated keys become arrays). */
export const hostileRecordArb = fc.dictionary(keyArb, fc.oneof(hostileValueArb, fc.array(hostileValueArb)), {
  maxKeys: 16,
})
