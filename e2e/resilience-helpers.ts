import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { projectStake } from '../lib/calculator'
import { scenarioFromAttributes, type ApyCalculatorAttributes } from '../lib/scenario/mdx'
import { parseScenarioQuery } from '../lib/scenario/parse'
import { scenarioToStakeInput } from '../lib/scenario/stake-input'
import type { Scenario } from '../lib/scenario/types'
import { two } from './calculator-helpers'

/** Text a page must never show: a number or an object that failed to become words. */
export const BROKEN_TEXT = /\bNaN\b|\bundefined\b|-?\bInfinity\b|\[object Object\]/

/** The article's slug for /learn/<slug> (not the listing pages under /learn/section/…, /learn/difficulty/…). */
export function articleSlug(path: string): string | null {
  const slug = /^\/learn\/([^/]+)$/.exec(path)?.[1]
  return slug !== undefined && existsSync(articleFile(slug)) ? slug : null
}

const articleFile = (slug: string) => join(process.cwd(), 'content', `${slug}.mdx`)

/** Reads `name="text"`, `name={0.08}` and bare `compact` from the inside of one JSX tag. */
function tagAttributes(source: string): Record<string, unknown> {
  const attributes: Record<string, unknown> = {}
  for (const [, name, text, expression] of source.matchAll(/(\w+)(?:="([^"]*)"|=\{([^}]*)\})?/g))
    attributes[name!] = text ?? (expression !== undefined ? JSON.parse(expression) : true)
  return attributes
}

/** What an article's MDX asks for: its calculators' attributes, its quiz, figure and walkthrough counts and its prose word count. */
export function articleSource(slug: string) {
  const mdx = readFileSync(articleFile(slug), 'utf8')
  const body = mdx.replace(/^---[\s\S]*?\n---\n/, '')
  const calculators = [...body.matchAll(/<ApyCalculator\b([^>]*?)\/>/g)].map(
    (m) => tagAttributes(m[1]!) as ApyCalculatorAttributes,
  )
  const quizzes = [...body.matchAll(/^<Quiz\b/gm)].length
  const figures = [...body.matchAll(/^\s*<(Chart|Diagram)\b/gm)].length
  const stakingFlows = [...body.matchAll(/^\s*<StakingFlow\b/gm)].length
  // Prose only: no code, no import lines, no JSX tags, no Markdown punctuation.
  const prose = body
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/^import .*$/gm, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/[#*_>|`[\]()-]/g, ' ')
  const proseWords = prose.split(/\s+/).filter((w) => /[a-z]/i.test(w)).length
  return { calculators, quizzes, figures, stakingFlows, proseWords }
}

/** "1,083.28 TOKEN": the final balance the engine gives for a scenario, as the results show it. */
export function finalBalanceText(scenario: Scenario): string {
  return `${two(projectStake(scenarioToStakeInput(scenario)).finalBalance)} ${scenario.symbol}`
}

/** The scenario an article's `<ApyCalculator>` describes. */
export const attributesScenario = (attributes: ApyCalculatorAttributes) => scenarioFromAttributes(attributes)

/** The scenario a /calculator or /embed/calculator URL describes. */
export const queryScenario = (path: string) => parseScenarioQuery(path.split('?')[1] ?? '').scenario

/** Every calculator inside the page's article. */
export const articleCalculators = (page: Page): Locator =>
  page.getByRole('region', { name: 'Staking rewards calculator' })

/** Every walkthrough (`<StakingFlow>`) inside the page's article. */
export const articleWalkthroughs = (page: Page): Locator =>
  page.getByRole('region', { name: /^Try it: a simulated stake on / })

/**
 * Makes localStorage and sessionStorage throw on every access, as they do in some private windows and with
 * storage blocked, before any page script runs.
 */
export async function breakStorage(page: Page) {
  await page.addInitScript(() => {
    for (const name of ['localStorage', 'sessionStorage'])
      Object.defineProperty(window, name, {
        configurable: true,
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError')
        },
      })
  })
}

/** React has taken over the document (the root container is attached). */
export const isHydrated = (page: Page) =>
  page.evaluate(() => Object.keys(document).some((k) => k.startsWith('__reactContainer$')))
