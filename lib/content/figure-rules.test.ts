import { describe, expect, it } from 'vitest'
import { CHART_IDS, DIAGRAM_IDS } from '@/lib/figures'
import { checkBody } from './check-body'
import { parseMdx } from './mdx-ast'
import { formatProblem } from './problems'

/** Problems the content check reports for one line of MDX, as editors read them. */
function check(line: string): string[] {
  const { tree } = parseMdx(`## A figure\n\n${line}\n`)
  if (!tree) throw new Error('unparsable fixture')
  return checkBody(tree, {
    file: 'content/x.mdx',
    path: '/learn/x',
    routes: new Set(),
    anchors: new Map(),
    glossaryIds: new Set(),
    today: '2026-11-25',
    imageExists: undefined,
  }).map(formatProblem)
}

describe('<Chart> and <Diagram> in articles', () => {
  it.each([
    ...CHART_IDS.map((id) => `<Chart id="${id}" />`),
    ...DIAGRAM_IDS.map((id) => `<Diagram id="${id}" />`),
  ])('accepts %s', (line) => expect(check(line)).toEqual([]))

  it('names every chart when the id is unknown', () => {
    expect(check('<Chart id="eth-apr" />')).toEqual([
      `content/x.mdx:3:8 Chart.id: "eth-apr" is not a chart in lib/figures/charts/index.ts; use one of: ${CHART_IDS.join(', ')}`,
    ])
  })

  it('names every diagram when the id is unknown', () => {
    expect(check('<Diagram id="lifecycle" />')).toEqual([
      `content/x.mdx:3:10 Diagram.id: "lifecycle" is not a diagram in lib/figures/diagrams/index.ts; use one of: ${DIAGRAM_IDS.join(', ')}`,
    ])
  })

  it('asks for the id when it is missing, and refuses children and other attributes', () => {
    expect(check('<Diagram />')).toEqual([
      `content/x.mdx:3:1 Diagram.id: is required: a diagram id, one of: ${DIAGRAM_IDS.join(', ')}`,
    ])
    expect(check('<Chart id="impermanent-loss" caption="x" />')[0]).toMatch(
      /^content\/x\.mdx:3:\d+ Chart\.caption: /,
    )
    expect(check('<Chart id="impermanent-loss">text</Chart>')[0]).toMatch(/Chart/)
  })
})
