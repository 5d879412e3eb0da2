import { describe, expect, it } from 'vitest'
import { figure } from '@/lib/data/snapshot'
import type { JsxElement } from './mdx-ast'
import { STAT_RULE } from './stat-rule'

/** A <Stat> element with string attributes, positioned at 3:5. */
function stat(attributes: Record<string, string>): JsxElement {
  return {
    type: 'mdxJsxTextElement',
    name: 'Stat',
    attributes: Object.entries(attributes).map(([name, value]) => ({ type: 'mdxJsxAttribute', name, value })),
    children: [],
    position: { start: { line: 3, column: 5, offset: 0 }, end: { line: 3, column: 40, offset: 35 } },
  } as JsxElement
}

function check(attributes: Record<string, string>, today: string) {
  const found: string[] = []
  const props = STAT_RULE.props.parse(attributes)
  STAT_RULE.check?.(stat(attributes), props, {
    glossaryIds: new Set(),
    today,
    report: (_at, field, message) => found.push(`error ${field}: ${message}`),
    warn: (_at, field, message) => found.push(`warning ${field}: ${message}`),
  })
  return found
}

describe('<Stat> rule', () => {
  const staked = figure('ethereum.totalStaked')

  it('accepts a known figure id on the day it was true', () => {
    expect(check({ id: 'ethereum.totalStaked' }, staked.asOf)).toEqual([])
  })

  it('warns, without failing, when the figure is older than its allowed age', () => {
    expect(check({ id: 'ethereum.totalStaked' }, '2099-01-01')).toEqual([
      `warning Stat.id: "ethereum.totalStaked" is stale: true as of ${staked.asOf}, older than its ${staked.maxAgeDays} days; run npm run data:refresh or update it by hand`,
    ])
  })

  it('rejects an id that is not in the snapshot', () => {
    expect(check({ id: 'ethereum.staked' }, '2026-11-29')).toEqual([
      'error Stat.id: "ethereum.staked" is not a figure in content/data/networks.json (ids look like "ethereum.totalStaked"; the /data page lists them all)',
    ])
  })

  it('rejects an id written together with a hand-written value', () => {
    expect(check({ id: 'ethereum.totalStaked', value: '36M ETH' }, staked.asOf)).toEqual([
      'error Stat: give either id or value, not both: the id brings its own value, source and date',
    ])
  })

  it('asks for every attribute of a hand-written figure', () => {
    expect(check({ value: '21 days' }, '2026-11-29')).toEqual([
      'error Stat.source: is required: an https link to the source',
      'error Stat.sourceTitle: is required: the name of the source',
      'error Stat.asOf: is required: the date the figure was true for, "YYYY-MM-DD"',
    ])
  })
})
