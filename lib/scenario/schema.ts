import * as z from 'zod/mini'
import {
  COMPOUNDING_NAMES,
  CREDENTIALS,
  CURRENCIES,
  NETWORKS,
  RATE_MODES,
  SYMBOL_PATTERN,
  THEMES,
} from './params'
import { readNumberText, readPeriodsText } from './syntax'
import type { PublicParam } from './params'

/**
 * The one schema of the public query parameters, shared by `/calculator`, `/embed/calculator` and
 * `<ApyCalculator>`. It judges the *form* of each value (a number, a name on an allow-list, a safe symbol);
 * ranges, defaults and cross-field rules are applied afterwards by `parseScenarioQuery`, which never throws.
 * Built on `zod/mini` so the client bundle carries only the validators it uses.
 *
 * Issue messages are codes (`ISSUE`), turned into plain English by the parser.
 */
export const ISSUE = {
  notNumber: 'not-a-number',
  notFinite: 'not-finite',
  badCompounding: 'bad-compounding',
  badSymbol: 'bad-symbol',
  badChoice: 'bad-choice',
} as const

export { normalizeNumberText } from './syntax'

/** A finite number written as text (`readNumberText`); `-0` becomes 0. */
export const numberText = z.pipe(
  z.string(),
  z.transform((text: string, ctx) => {
    const read = readNumberText(text)
    if (read.ok) return read.value
    ctx.issues.push({
      code: 'custom',
      message: read.reason === 'not-finite' ? ISSUE.notFinite : ISSUE.notNumber,
      input: text,
    })
    return z.NEVER
  }),
)

/** An optional figure: empty text means "explicitly none" (overriding a network preset's value). */
const optionalNumberText = z.union([z.literal(''), numberText])

/** A schedule name, or a whole number of compounding periods per year (1 … 2⁵³ − 1). */
export const compoundingText = z.pipe(
  z.pipe(
    z.string(),
    z.transform((s: string) => s.trim().toLowerCase()),
  ),
  z.union([
    z.enum(COMPOUNDING_NAMES),
    z.pipe(
      z.string(),
      z.transform((text: string, ctx) => {
        const periods = readPeriodsText(text)
        if (periods !== null) return periods
        ctx.issues.push({ code: 'custom', message: ISSUE.badCompounding, input: text })
        return z.NEVER
      }),
    ),
  ]),
)

const choice = <T extends readonly [string, ...string[]]>(values: T, transform: (s: string) => string) =>
  z.pipe(
    z.pipe(
      z.string(),
      z.transform((s: string) => transform(s.trim())),
    ),
    z.enum(values, ISSUE.badChoice),
  )

const lower = (s: string) => s.toLowerCase()

/** `compact`, `compact=1`, `compact=true` turn compact mode on; `0`/`false`/`no` turn it off. */
export const flagText = z.pipe(
  choice(['', '1', 'true', 'yes', 'on', '0', 'false', 'no', 'off'] as const, lower),
  z.transform(
    (s: '' | '1' | 'true' | 'yes' | 'on' | '0' | 'false' | 'no' | 'off') =>
      !['0', 'false', 'no', 'off'].includes(s),
  ),
)

export const QUERY_FIELDS = {
  network: choice(NETWORKS, lower),
  amount: numberText,
  apr: numberText,
  apy: numberText,
  compounding: compoundingText,
  commission: numberText,
  days: numberText,
  price: optionalNumberText,
  priceChange: optionalNumberText,
  inflation: optionalNumberText,
  symbol: z.pipe(
    z.pipe(
      z.string(),
      z.transform((s: string) => s.trim()),
    ),
    z.string().check(z.regex(SYMBOL_PATTERN, ISSUE.badSymbol)),
  ),
  currency: choice(CURRENCIES, (s) => s.toUpperCase()),
  rates: choice(RATE_MODES, lower),
  stakeGrowth: optionalNumberText,
  credentials: choice(CREDENTIALS, lower),
  entryQueue: optionalNumberText,
  exitQueue: optionalNumberText,
  poolCredentials: choice(CREDENTIALS, lower),
  theme: choice(THEMES, lower),
  compact: flagText,
} satisfies Record<PublicParam, z.ZodMiniType>

/** Every public parameter, each optional. Unknown keys are stripped (zod's default for objects). */
export const QUERY_SCHEMA = z.object(
  Object.fromEntries(Object.entries(QUERY_FIELDS).map(([k, s]) => [k, z.optional(s)])) as {
    [K in PublicParam]: z.ZodMiniOptional<(typeof QUERY_FIELDS)[K]>
  },
)

export type QueryValues = z.output<typeof QUERY_SCHEMA>
