import { describe, expect, it } from 'vitest'
import { chain, everywhere, steps } from './build'

describe('diagram building helpers', () => {
  it('steps run along one row on wide columns and down one column on phones', () => {
    const placed = steps([
      { id: 'a', title: 'A' },
      { id: 'b', title: 'B', tone: 'risk' },
      { id: 'c', title: 'C' },
    ])
    expect(placed.map((n) => [n.id, n.wide, n.narrow])).toEqual([
      ['a', { col: 0, row: 0 }, { col: 0, row: 0 }],
      ['b', { col: 1, row: 0 }, { col: 0, row: 1 }],
      ['c', { col: 2, row: 0 }, { col: 0, row: 2 }],
    ])
    expect(placed[1]!.tone).toBe('risk')
  })

  it('steps can start lower on phones', () => {
    expect(steps([{ id: 'a', title: 'A' }], 2)[0]!.narrow).toEqual({ col: 0, row: 2 })
  })

  it('everywhere gives the same place to both layouts', () => {
    expect(everywhere({ col: 1, row: 2, colSpan: 2 })).toEqual({
      wide: { col: 1, row: 2, colSpan: 2 },
      narrow: { col: 1, row: 2, colSpan: 2 },
    })
  })

  it('chain links each node to the next, and nothing for fewer than two', () => {
    expect(chain('a', 'b', 'c')).toEqual([
      { from: 'a', to: 'b' },
      { from: 'b', to: 'c' },
    ])
    expect(chain('a')).toEqual([])
  })
})
