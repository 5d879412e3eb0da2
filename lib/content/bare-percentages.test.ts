import { describe, expect, it } from 'vitest'
import { findBarePercentages } from './bare-percentages'
import { parseMdx } from './mdx-ast'

const find = (source: string) =>
  findBarePercentages(parseMdx(source).tree!).map(
    (f) => `${f.at.line}:${f.at.column} ${f.percentage} ${f.word}`,
  )

describe('findBarePercentages', () => {
  it.each([
    ['a percentage beside APR', 'Validators earn 4% APR.', ['1:17 4% APR']],
    [
      'a rate word later in the sentence',
      'About 30 percent of supply is staked, raising the reward rate.',
      ['1:7 30 percent reward'],
    ],
    ['two sentences apart', 'Commission is 10%. Rewards are paid daily.', []],
    [
      'a sourced Stat',
      'The APR is <Stat value="3%" source="https://a.org" sourceTitle="A" asOf="2026-01-01" />.',
      [],
    ],
    ['an Example', '<Example>\n  At 5% APR you earn 5 tokens.\n</Example>', []],
    ['maths', 'The rate $r = 5\\%$ is used.', []],
    ['no rate word', 'Only 2% of validators were offline.', []],
    ['a table cell', '| rate | value |\n| --- | --- |\n| APR | 7% |', []],
    ['a table cell with the word', '| a | b |\n| --- | --- |\n| 7% APR | x |', ['3:3 7% APR']],
    ['a second line', 'First line\nand the yield is 6.5% now.', ['2:18 6.5% yield']],
  ])('%s', (_, source, expected) => {
    expect(find(source)).toEqual(expected)
  })
})
