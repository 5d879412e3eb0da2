import { toString } from 'mdast-util-to-string'
import { z } from 'zod'
import { CALCULATOR_PRESET_KEYS, COMPOUNDING_NAMES, RANGES } from '@/lib/calculator'
import { scenarioProblem } from '@/lib/scenario/check'
import { scenarioFromAttributes } from '@/lib/scenario/mdx'
import type { ApyCalculatorAttributes } from '@/lib/scenario/mdx'
import { CREDENTIALS, CURRENCIES, PARAM_RANGES, RATE_MODES, SYMBOL_PATTERN } from '@/lib/scenario/params'
import { NETWORK_PRESETS, type NetworkId } from '@/lib/calculator'
import { attribute, text } from './rule-parts'
import { STAT_RULE } from './stat-rule'
import { CHART_IDS, DIAGRAM_IDS } from '@/lib/figures'
import { isJsxElement, startOf, type JsxElement } from './mdx-ast'
import type { Position } from './problems'

/** What a component rule can see while checking one element. */
export type RuleContext = {
  glossaryIds: ReadonlySet<string>
  /** Today as YYYY-MM-DD, for "not in the future" checks. */
  today: string
  report: (at: Position, field: string, message: string) => void
  /** Reports something an editor should look at that does not fail the build (e.g. a stale figure). */
  warn: (at: Position, field: string, message: string) => void
}

export type ComponentRule = {
  /** Attributes, as a strict zod object (unknown attributes are errors). */
  props: z.ZodObject
  children: 'none' | 'required' | 'optional'
  /** Extra checks on the element and its children. */
  check?: (node: JsxElement, props: Record<string, unknown>, ctx: RuleContext) => void
}

export const CALLOUT_TYPES = ['note', 'tip', 'warning', 'risk'] as const

/** A number attribute in braces within a range, e.g. `apr={0.04}`; `what` says the unit. */
const numberIn = (range: { min: number; max: number }, what: string, integer = false) => {
  const message = `must be ${integer ? 'a whole number' : 'a number'} from ${range.min.toLocaleString('en-US')} to ${range.max.toLocaleString('en-US')} in braces, ${what}`
  const base = z.number({ error: message }).min(range.min, message).max(range.max, message)
  return (integer ? base.int(message) : base).optional()
}

/** `<ApyCalculator>` attributes that only Ethereum's model reads. */
const ETHEREUM_ONLY = ['stakeGrowth', 'credentials', 'entryQueue', 'exitQueue'] as const

const APY_CALCULATOR_PROPS = z.strictObject({
  preset: z
    .enum(CALCULATOR_PRESET_KEYS, { error: `must be one of: ${CALCULATOR_PRESET_KEYS.join(', ')}` })
    .optional(),
  amount: numberIn(RANGES.principal, 'tokens staked, e.g. amount={32}'),
  // Articles cap rates at 1 (100 %): a larger value is almost always a percent written by mistake (apr={4}).
  apr: numberIn({ min: 0, max: 1 }, 'as a fraction: apr={0.04} is 4%'),
  apy: numberIn({ min: 0, max: 1 }, 'as a fraction: apy={0.05} is 5%'),
  compounding: z
    .union([z.enum(COMPOUNDING_NAMES), z.number().int().min(1)], {
      error: `must be one of ${COMPOUNDING_NAMES.join(', ')} or a whole number of periods a year in braces`,
    })
    .optional(),
  commission: numberIn(RANGES.commission, 'as a fraction: commission={0.1} is 10%'),
  days: numberIn(RANGES.days, 'e.g. days={365}', true),
  price: numberIn(RANGES.price, 'fiat per token, e.g. price={2500}'),
  priceChange: numberIn(RANGES.priceChange, 'as a fraction: priceChange={-0.2} is −20%'),
  inflation: numberIn({ min: 0, max: 1 }, 'as a fraction: inflation={0.02} is 2%'),
  symbol: z
    .string({ error: 'must be a token symbol in quotes' })
    .regex(SYMBOL_PATTERN, 'must be 1 to 12 letters or digits, e.g. "ETH"')
    .optional(),
  currency: z.enum(CURRENCIES, { error: `must be one of: ${CURRENCIES.join(', ')}` }).optional(),
  compact: z.literal(true, { error: 'is a flag: write compact (or leave it out)' }).optional(),
  rates: z.enum(RATE_MODES, { error: `must be one of: ${RATE_MODES.join(', ')}` }).optional(),
  stakeGrowth: numberIn(
    PARAM_RANGES.stakeGrowth,
    'ETH a year added to (or, negative, taken from) total stake',
  ),
  credentials: z.enum(CREDENTIALS, { error: `must be one of: ${CREDENTIALS.join(', ')}` }).optional(),
  entryQueue: numberIn(
    PARAM_RANGES.entryQueue,
    'ETH waiting in the deposit queue, e.g. entryQueue={1500000}',
  ),
  exitQueue: numberIn(PARAM_RANGES.exitQueue, 'ETH waiting in the exit queue, e.g. exitQueue={2500000}'),
})
/** A figure id attribute: one of `ids`, with a message that lists them all when it is missing or unknown. */
const figureId = (kind: 'chart' | 'diagram', ids: readonly [string, ...string[]], registry: string) =>
  z.enum(ids, {
    error: (iss) =>
      iss.input === undefined
        ? `is required: a ${kind} id, one of: ${ids.join(', ')}`
        : typeof iss.input === 'string'
          ? `"${iss.input}" is not a ${kind} in ${registry}; use one of: ${ids.join(', ')}`
          : `must be a ${kind} id in quotes, one of: ${ids.join(', ')}`,
  })

/** Networks the walkthrough can start on: the engine's network profiles. */
const NETWORK_KEYS = Object.keys(NETWORK_PRESETS) as [NetworkId, ...NetworkId[]]

function childElements(node: JsxElement, name: string): JsxElement[] {
  const found: JsxElement[] = []
  const walk = (n: { children?: unknown[] }) => {
    for (const child of (n.children ?? []) as Parameters<typeof isJsxElement>[0][]) {
      if (isJsxElement(child) && child.name === name) found.push(child)
      else if ('children' in child && !isJsxElement(child)) walk(child as { children?: unknown[] })
    }
  }
  walk(node)
  return found
}

/**
 * The closed set of components articles may use, with the attributes each accepts. `mdx-components.tsx`
 * must provide exactly these names (its type checks that), and CONTRIBUTING.md documents them.
 */
export const COMPONENT_RULES = {
  Callout: {
    props: z.strictObject({
      type: z.enum(CALLOUT_TYPES, { error: `must be one of: ${CALLOUT_TYPES.join(', ')}` }),
      title: text('a short title').optional(),
    }),
    children: 'required',
  },
  Example: {
    props: z.strictObject({ title: text('a short title').optional() }),
    children: 'required',
  },
  Figure: {
    props: z.strictObject({ caption: text('a one-sentence caption') }),
    children: 'required',
    check(node, _props, ctx) {
      const hasMedia = JSON.stringify(node.children).match(/"type":"(image|table)"/)
      if (!hasMedia)
        ctx.report(startOf(node), 'Figure', 'must contain an image (![alt](./file.svg)) or a table')
    },
  },
  Stat: STAT_RULE,
  Term: {
    props: z.strictObject({ id: text('a glossary id from content/glossary.ts') }),
    children: 'required',
    check(node, props, ctx) {
      if (typeof props.id === 'string' && !ctx.glossaryIds.has(props.id)) {
        ctx.report(
          startOf(attribute(node, 'id') ?? node),
          'Term.id',
          `"${props.id}" is not in the glossary (content/glossary.ts)`,
        )
      }
    },
  },
  Quiz: {
    props: z.strictObject({}),
    children: 'required',
    check(node, _props, ctx) {
      const questions = childElements(node, 'Question')
      if (questions.length < 3 || questions.length > 5) {
        ctx.report(startOf(node), 'Quiz', `has ${questions.length} questions; write 3 to 5`)
      }
    },
  },
  Question: {
    props: z.strictObject({ prompt: text('the question') }),
    children: 'required',
    check(node, _props, ctx) {
      const choices = childElements(node, 'Choice')
      if (choices.length < 2 || choices.length > 5) {
        ctx.report(startOf(node), 'Question', `has ${choices.length} choices; write 2 to 5`)
      }
      const correct = choices.filter((c) => attribute(c, 'correct'))
      if (correct.length !== 1) {
        ctx.report(
          startOf(node),
          'Question',
          `has ${correct.length} correct choices; mark exactly one with correct`,
        )
      }
    },
  },
  Choice: {
    props: z.strictObject({
      correct: z.literal(true, { error: 'is a flag: write correct (or leave it out)' }).optional(),
      explanation: text('why this choice is right or wrong'),
    }),
    children: 'required',
    check(node, _props, ctx) {
      const plain = node.children.every((c) => c.type === 'text')
      if (!plain || toString(node).includes('\n')) {
        ctx.report(startOf(node), 'Choice', 'must be plain text on one line')
      }
    },
  },
  ApyCalculator: {
    props: APY_CALCULATOR_PROPS,
    children: 'none',
    check(node, props, ctx) {
      if (props.apr !== undefined && props.apy !== undefined) {
        ctx.report(startOf(attribute(node, 'apy') ?? node), 'ApyCalculator.apy', 'give apr or apy, not both')
        return
      }
      // Defensive: with rates capped at 100 % no combination can overflow today, but the engine has the last word.
      const parsed = APY_CALCULATOR_PROPS.safeParse(props)
      if (!parsed.success) return
      const scenario = scenarioFromAttributes(parsed.data as ApyCalculatorAttributes)
      // The URL accepts these for any network and ignores them off Ethereum; in an article that is a mistake.
      for (const name of ETHEREUM_ONLY) {
        if (props[name] !== undefined && scenario.network !== 'ethereum') {
          ctx.report(
            startOf(attribute(node, name) ?? node),
            `ApyCalculator.${name}`,
            'applies to Ethereum only: use it with preset="eth-solo" or preset="eth-liquid"',
          )
          return
        }
      }
      if (props.rates === 'model' && scenario.network === undefined) {
        ctx.report(
          startOf(attribute(node, 'rates') ?? node),
          'ApyCalculator.rates',
          'rates="model" needs a network preset, whose model the rate follows',
        )
        return
      }
      const problem = scenarioProblem(scenario)
      if (problem !== null) ctx.report(startOf(node), 'ApyCalculator', problem.message)
    },
  },
  StakingFlow: {
    props: z.strictObject({
      network: z.enum(NETWORK_KEYS, { error: `must be one of: ${NETWORK_KEYS.join(', ')}` }),
    }),
    children: 'none',
  },
  Chart: {
    props: z.strictObject({ id: figureId('chart', CHART_IDS, 'lib/figures/charts/index.ts') }),
    children: 'none',
  },
  Diagram: {
    props: z.strictObject({ id: figureId('diagram', DIAGRAM_IDS, 'lib/figures/diagrams/index.ts') }),
    children: 'none',
  },
} satisfies Record<string, ComponentRule>

export type ArticleComponentName = keyof typeof COMPONENT_RULES

/** Lower-case HTML elements allowed in articles (everything else is Markdown or a component). */
export const ALLOWED_HTML = new Set(['abbr', 'br', 'kbd', 'sub', 'sup'])
