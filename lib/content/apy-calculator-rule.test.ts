import { describe, expect, it } from 'vitest'
import { checkBody } from './check-body'
import { parseMdx } from './mdx-ast'
import { formatProblem } from './problems'

/** Problems the content check reports for one line of MDX, as editors read them. */
function check(line: string): string[] {
  const { tree } = parseMdx(`## Try it\n\n${line}\n`)
  if (!tree) throw new Error('unparsable fixture')
  return checkBody(tree, {
    file: 'content/x.mdx',
    path: '/learn/x',
    routes: new Set(['/calculator']),
    anchors: new Map(),
    glossaryIds: new Set(),
    today: '2026-11-25',
    imageExists: undefined,
  }).map(formatProblem)
}

describe('<ApyCalculator> in articles', () => {
  it.each([
    '<ApyCalculator preset="eth-solo" />',
    '<ApyCalculator apr={0.04} compounding="daily" compact />',
    '<ApyCalculator preset="cosmos-delegate" amount={250} days={730} commission={0.1} />',
    '<ApyCalculator apy={0.05} compounding={146} price={2500} priceChange={-0.2} symbol="SOL" currency="EUR" />',
  ])('accepts %s', (line) => expect(check(line)).toEqual([]))

  it.each([
    [
      '<ApyCalculator preset="eth-pool" />',
      'content/x.mdx:3:16 ApyCalculator.preset: must be one of: eth-solo, eth-liquid, cosmos-delegate, solana-delegate',
    ],
    [
      '<ApyCalculator apr={4} />',
      'content/x.mdx:3:16 ApyCalculator.apr: must be a number from 0 to 1 in braces, as a fraction: apr={0.04} is 4%',
    ],
    [
      '<ApyCalculator apr="0.04" />',
      'content/x.mdx:3:16 ApyCalculator.apr: must be a number from 0 to 1 in braces, as a fraction: apr={0.04} is 4%',
    ],
    [
      '<ApyCalculator compounding="hourly" />',
      'content/x.mdx:3:16 ApyCalculator.compounding: must be one of none, daily, weekly, monthly, quarterly, yearly, continuous or a whole number of periods a year in braces',
    ],
    [
      '<ApyCalculator days={1.5} />',
      'content/x.mdx:3:16 ApyCalculator.days: must be a whole number from 0 to 36,500 in braces, e.g. days={365}',
    ],
    [
      '<ApyCalculator apr={0.04} apy={0.05} />',
      'content/x.mdx:3:27 ApyCalculator.apy: give apr or apy, not both',
    ],
    [
      '<ApyCalculator rate={0.04} />',
      'content/x.mdx:3:16 ApyCalculator.rate: is not an attribute of <ApyCalculator> (allowed: preset, amount, apr, apy, compounding, commission, days, price, priceChange, inflation, symbol, currency, compact)',
    ],
  ])('reports %s', (line, message) => expect(check(line)).toEqual([message]))
})
