import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { describeCounts, stylePasses } from './style-passes.mjs'

const PID = 7
const TID = 1
const threadName = { pid: PID, tid: TID, name: 'thread_name', ph: 'M', args: { name: 'CrRendererMain' } }
const firstPaint = { pid: PID, tid: TID, name: 'firstContentfulPaint', ph: 'R', ts: 1_200_000 }
const page = [threadName, firstPaint]
const pass = (ts: number, dur: number, elementCount: number) => ({
  pid: PID,
  tid: TID,
  name: 'UpdateLayoutTree',
  ph: 'X',
  ts,
  dur,
  args: { elementCount },
})
const resolve = (ts: number, nodeId: number, pseudoId = 0) => ({
  pid: PID,
  tid: TID,
  name: 'StyleResolver::ResolveStyle',
  ph: 'I',
  ts,
  args: { data: { nodeId, pseudoId } },
})

describe('stylePasses', () => {
  it("lists the painted page's passes of at least 30 elements with the nodes each resolved", () => {
    const events = [
      { pid: PID, tid: TID, name: 'thread_sort_index', ph: 'M', ts: 0, args: {} }, // metadata: ts 0, no clock
      { pid: PID, tid: TID, name: 'RunTask', ph: 'X', ts: 1_000_000, dur: 10 },
      ...page,
      pass(1_100_000, 20_000, 40),
      resolve(1_100_100, 11),
      resolve(1_100_200, 11, 4), // 11's ::after: counted apart
      resolve(1_100_300, 12),
      resolve(1_100_400, 12), // the same node twice counts once
      pass(1_150_000, 500, 3), // too small to list
      resolve(1_150_100, 13),
      pass(1_300_000, 5_000, 31),
      resolve(1_302_000, 14),
      resolve(1_306_000, 15), // after the pass ended
      // another renderer (an iframe, the previous page): ignored
      { ...pass(1_100_000, 90_000, 900), pid: 8 },
      { ...resolve(1_100_500, 99), pid: 8 },
    ]
    expect(stylePasses(events)).toEqual([
      { startMs: 100, durationMs: 20, elementCount: 40, nodeIds: [11, 12], pseudoStyles: 1 },
      { startMs: 300, durationMs: 5, elementCount: 31, nodeIds: [14], pseudoStyles: 0 },
    ])
    expect(stylePasses(events, { minElements: 1 }).map((p) => p.nodeIds)).toEqual([[11, 12], [13], [14]])
    // With the page's navigationStart in the trace, times count from it.
    const withNavigation = [...events, { pid: PID, tid: 2, name: 'navigationStart', ph: 'R', ts: 1_050_000 }]
    expect(stylePasses(withNavigation).map((p) => p.startMs)).toEqual([50, 250])
  })

  it('says what is missing from a trace it cannot read, instead of answering nothing', () => {
    expect(() => stylePasses([])).toThrow(/no firstContentfulPaint event/)
    expect(() => stylePasses([firstPaint])).toThrow(/no renderer main thread/)
  })

  it('never lists a node outside its pass, nor a pass smaller than asked', () => {
    const arbitraryEvent = fc.oneof(
      fc
        .record({
          ts: fc.integer({ min: 0, max: 10_000 }),
          dur: fc.integer({ min: 0, max: 3_000 }),
          n: fc.nat(80),
        })
        .map(({ ts, dur, n }) => pass(ts, dur, n)),
      fc
        .record({
          ts: fc.integer({ min: 0, max: 13_000 }),
          id: fc.nat(50),
          pseudo: fc.constantFrom(0, 0, 3, 4),
        })
        .map(({ ts, id, pseudo }) => resolve(ts, id, pseudo)),
    )
    fc.assert(
      fc.property(
        fc.array(arbitraryEvent, { maxLength: 40 }),
        fc.integer({ min: 1, max: 60 }),
        (events, min) => {
          const all = [...page, ...events]
          const t0 = Math.min(...[firstPaint, ...events].map((e) => e.ts)) // metadata has no clock
          for (const p of stylePasses(all, { minElements: min })) {
            expect(p.elementCount).toBeGreaterThanOrEqual(min)
            expect(new Set(p.nodeIds).size).toBe(p.nodeIds.length)
            for (const id of p.nodeIds) {
              const inside = events.some(
                (e) =>
                  e.name === 'StyleResolver::ResolveStyle' &&
                  'data' in e.args &&
                  e.args.data.nodeId === id &&
                  e.ts >= p.startMs * 1000 + t0 &&
                  e.ts <= (p.startMs + p.durationMs) * 1000 + t0,
              )
              expect(inside).toBe(true)
            }
          }
        },
      ),
    )
  })
})

describe('describeCounts', () => {
  it('lists regions largest first, ties by name', () => {
    expect(describeCounts({ prose: 69, 'island:staking-flow': 166, header: 59, toc: 5, figure: 5 })).toBe(
      'island:staking-flow 166, prose 69, header 59, figure 5, toc 5',
    )
    expect(describeCounts({})).toBe('')
  })
})
