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
    '<ApyCalculator preset="solana-delegate" rates="model" days={3650} />',
    '<ApyCalculator preset="eth-solo" rates="model" stakeGrowth={1000000} credentials="0x02" />',
    '<ApyCalculator preset="eth-solo" entryQueue={1500000} exitQueue={2500000} rates="constant" credentials="0x01" />',
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
      'content/x.mdx:3:16 ApyCalculator.rate: is not an attribute of <ApyCalculator> (allowed: preset, amount, apr, apy, compounding, commission, days, price, priceChange, inflation, symbol, currency, compact, rates, stakeGrowth, credentials, entryQueue, exitQueue)',
    ],
    [
      '<ApyCalculator preset="eth-solo" rates="modelled" />',
      'content/x.mdx:3:34 ApyCalculator.rates: must be one of: constant, model',
    ],
    [
      '<ApyCalculator preset="eth-solo" credentials="0x00" />',
      'content/x.mdx:3:34 ApyCalculator.credentials: must be one of: 0x01, 0x02',
    ],
    [
      '<ApyCalculator preset="eth-solo" credentials={2} />',
      'content/x.mdx:3:34 ApyCalculator.credentials: must be one of: 0x01, 0x02',
    ],
    [
      '<ApyCalculator preset="eth-solo" stakeGrowth="1000000" />',
      'content/x.mdx:3:34 ApyCalculator.stakeGrowth: must be a number from -10,000,000 to 10,000,000 in braces, ETH a year added to (or, negative, taken from) total stake',
    ],
    [
      '<ApyCalculator preset="eth-solo" entryQueue={-1} />',
      'content/x.mdx:3:34 ApyCalculator.entryQueue: must be a number from 0 to 1,000,000,000 in braces, ETH waiting in the deposit queue, e.g. entryQueue={1500000}',
    ],
    [
      '<ApyCalculator preset="eth-solo" exitQueue={2000000000} />',
      'content/x.mdx:3:34 ApyCalculator.exitQueue: must be a number from 0 to 1,000,000,000 in braces, ETH waiting in the exit queue, e.g. exitQueue={2500000}',
    ],
    [
      '<ApyCalculator preset="cosmos-delegate" credentials="0x02" />',
      'content/x.mdx:3:41 ApyCalculator.credentials: applies to Ethereum only: use it with preset="eth-solo" or preset="eth-liquid"',
    ],
    [
      '<ApyCalculator apr={0.04} exitQueue={100} />',
      'content/x.mdx:3:27 ApyCalculator.exitQueue: applies to Ethereum only: use it with preset="eth-solo" or preset="eth-liquid"',
    ],
    [
      '<ApyCalculator apr={0.04} rates="model" />',
      'content/x.mdx:3:27 ApyCalculator.rates: rates="model" needs a network preset, whose model the rate follows',
    ],
  ])('reports %s', (line, message) => expect(check(line)).toEqual([message]))
})
