import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { attributionFiles, KINDS, kindOfGroups, summarize } from './tbt-summary.mjs'

describe('kindOfGroups', () => {
  it('names the kind with the most self time', () => {
    expect(kindOfGroups({ styleLayout: 40, paintCompositeRender: 5, scriptEvaluation: 30 })).toBe(
      'style & layout',
    )
    // script evaluation, compilation and garbage collection are one kind: 20 + 15 + 12 = 47 > 40
    expect(
      kindOfGroups({ styleLayout: 40, scriptEvaluation: 20, scriptParseCompile: 15, garbageCollection: 12 }),
    ).toBe('script')
    expect(kindOfGroups({ parseHTML: 9, other: 3 })).toBe('HTML parsing')
  })

  it('calls a task with no measured time, or only unknown groups, other', () => {
    expect(kindOfGroups({})).toBe('other')
    expect(kindOfGroups({ somethingNew: 80 })).toBe('other')
    expect(kindOfGroups({ styleLayout: Number.NaN })).toBe('other')
  })

  it('always answers one of the four kinds', () => {
    const groups = fc.constantFrom(
      'styleLayout',
      'scriptEvaluation',
      'parseHTML',
      'other',
      'garbageCollection',
      'x',
    )
    fc.assert(
      fc.property(fc.dictionary(groups, fc.double({ min: -10, max: 1e4, noNaN: false })), (times) => {
        expect(KINDS).toContain(kindOfGroups(times))
      }),
    )
  })
})

describe('summarize', () => {
  it('averages the two simulations per kind, as Lighthouse weighs them 0.5 and 0.5', () => {
    const optimistic = [
      { kind: 'style & layout', blocking: 114 },
      { kind: 'style & layout', blocking: 113 },
      { kind: 'script', blocking: 273 },
    ]
    const pessimistic = [
      { kind: 'style & layout', blocking: 114 },
      { kind: 'script', blocking: 373 },
    ]
    // style & layout: (227 + 114) / 2 = 170.5; script: (273 + 373) / 2 = 323
    expect(summarize(optimistic, pessimistic).byKind).toEqual({
      'style & layout': 170.5,
      script: 323,
      'HTML parsing': 0,
      other: 0,
    })
  })

  it('adds up to the mean of the two simulations’ totals', () => {
    const row = fc.record({
      kind: fc.constantFrom(...KINDS),
      blocking: fc.double({ min: 0, max: 1000, noNaN: true }),
    })
    fc.assert(
      fc.property(fc.array(row), fc.array(row), (a, b) => {
        const total = Object.values(summarize(a, b).byKind).reduce((s: number, x: number) => s + x, 0)
        const expected = (a.reduce((s, r) => s + r.blocking, 0) + b.reduce((s, r) => s + r.blocking, 0)) / 2
        expect(total).toBeCloseTo(expected, 6)
      }),
    )
  })
})

describe('attributionFiles', () => {
  it('names the assets Lighthouse saves beside a report, and the attribution written from them', () => {
    expect(attributionFiles('.bench/lighthouse-3121-_learn_x-mobile-0.json')).toEqual({
      assets: [
        '.bench/lighthouse-3121-_learn_x-mobile-0-0.trace.json',
        '.bench/lighthouse-3121-_learn_x-mobile-0-0.devtoolslog.json',
      ],
      attribution: '.bench/lighthouse-3121-_learn_x-mobile-0.tbt.json',
    })
  })
})
