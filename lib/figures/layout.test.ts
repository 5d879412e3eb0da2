import { describe, expect, it } from 'vitest'
import { layoutLineChart, thinTicks } from './chart-layout'
import type { LineChartModel, TimelineChartModel } from './chart-model'
import { CHART_IDS, CHARTS } from './charts/index'
import { layoutDiagram, routeEdge } from './diagram-layout'
import { DIAGRAM_IDS, DIAGRAMS } from './diagrams/index'
import { NARROW, WIDE, type LayoutSize, type PositionedText } from './layout-types'
import { textWidth } from './text'
import { layoutTimeline } from './timeline-layout'

const SIZES: [string, LayoutSize, 'wide' | 'narrow'][] = [
  ['wide', WIDE, 'wide'],
  ['narrow', NARROW, 'narrow'],
]

/** The horizontal extent of a text, from its anchor and estimated width. */
function extent(t: PositionedText, fontSize: number, bold = false): [number, number] {
  const w = textWidth(t.text, fontSize, bold)
  if (t.anchor === 'start') return [t.x, t.x + w]
  if (t.anchor === 'end') return [t.x - w, t.x]
  return [t.x - w / 2, t.x + w / 2]
}

describe('line chart layouts', () => {
  const lineIds = CHART_IDS.filter((id) => CHARTS[id]().kind === 'line')
  for (const [name, size] of SIZES) {
    it.each(lineIds)(`%s (${name}) keeps every label inside the drawing and tick labels apart`, (id) => {
      const layout = layoutLineChart(CHARTS[id]() as LineChartModel, size)
      const texts = [
        ...layout.xTicks.map((t) => t.label),
        ...layout.yTicks.map((t) => t.label),
        layout.xTitle,
        layout.yTitle,
        ...layout.markers.flatMap((m) => m.lines),
        ...layout.rules.map((r) => r.label),
      ]
      for (const t of texts) {
        const [left, right] = extent(t, size.fontSize, true)
        expect(left, t.text).toBeGreaterThanOrEqual(-0.5)
        expect(right, t.text).toBeLessThanOrEqual(size.width + 0.5)
        expect(t.y).toBeGreaterThan(0)
        expect(t.y).toBeLessThanOrEqual(size.height)
      }
      const xs = layout.xTicks.map((t) => extent(t.label, size.fontSize))
      for (let i = 1; i < xs.length; i++) expect(xs[i]![0]).toBeGreaterThan(xs[i - 1]![1])
    })
  }

  it('draws every series point inside the plot area', () => {
    const layout = layoutLineChart(CHARTS['eth-apr-vs-staked']() as LineChartModel, NARROW)
    const numbers = [...layout.paths[0]!.d.matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g)]
    expect(numbers.length).toBe(56)
    for (const [, x, y] of numbers) {
      expect(Number(x)).toBeGreaterThanOrEqual(layout.plot.left)
      expect(Number(x)).toBeLessThanOrEqual(layout.plot.right)
      expect(Number(y)).toBeGreaterThanOrEqual(layout.plot.top)
      expect(Number(y)).toBeLessThanOrEqual(layout.plot.bottom)
    }
  })

  it('thins crowded ticks but always keeps the first', () => {
    const axis = {
      label: '',
      min: 0,
      max: 100,
      scale: 'linear' as const,
      ticks: [0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100],
      tick: (v: number) => `${v} units`,
    }
    expect(thinTicks(axis, 2000, 12, true)).toHaveLength(11)
    const thinned = thinTicks(axis, 300, 12, true)
    expect(thinned[0]).toBe(0)
    expect(thinned.length).toBeLessThan(11)
  })
})

describe('timeline layout', () => {
  for (const [name, size] of SIZES) {
    it(`keeps bars and totals inside the drawing (${name})`, () => {
      const layout = layoutTimeline(CHARTS['liquidity-timeline']() as TimelineChartModel, size)
      for (const row of layout.rows) {
        const [, right] = extent(row.total, size.fontSize, true)
        expect(right).toBeLessThanOrEqual(size.width)
        expect(extent(row.title, size.fontSize, true)[1]).toBeLessThanOrEqual(size.width)
        for (const s of row.segments) {
          expect(s.width).toBeGreaterThanOrEqual(3)
          if (s.label) expect(textWidth(s.label.text, size.fontSize * 0.92)).toBeLessThan(s.width)
        }
      }
    })
  }
})

describe('diagram layouts', () => {
  for (const [name, size, variant] of SIZES) {
    it.each(DIAGRAM_IDS)(
      `%s (${name}): boxes inside the drawing, apart, and their text inside them`,
      (id) => {
        const layout = layoutDiagram(DIAGRAMS[id], size, variant)
        for (const n of layout.nodes) {
          expect(n.x).toBeGreaterThanOrEqual(0)
          expect(n.x + n.width).toBeLessThanOrEqual(size.width + 0.5)
          for (const line of n.lines) {
            if (line.text.includes(' ')) {
              const [l, r] = extent(
                line,
                line.kind === 'title' ? size.fontSize : size.fontSize * 0.9,
                line.bold,
              )
              expect(l, line.text).toBeGreaterThanOrEqual(n.x - 0.5)
              expect(r, line.text).toBeLessThanOrEqual(n.x + n.width + 0.5)
            }
            expect(line.y).toBeGreaterThan(n.y)
            expect(line.y).toBeLessThan(n.y + n.height)
          }
        }
        for (const e of layout.edges) {
          if (!e.label) continue
          const [l, r] = extent(e.label, size.fontSize * 0.9, true)
          expect(l, e.label.text).toBeGreaterThanOrEqual(-0.5)
          expect(r, e.label.text).toBeLessThanOrEqual(size.width + 0.5)
        }
        for (const a of layout.nodes)
          for (const b of layout.nodes) {
            if (a === b) continue
            const apart =
              a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y
            expect(apart, `${a.id} overlaps ${b.id}`).toBe(true)
          }
      },
    )
  }

  it('routes an arrow between facing sides, a reverse pair side by side', () => {
    const a = { x: 0, y: 0, width: 100, height: 40 }
    const b = { x: 150, y: 0, width: 100, height: 40 }
    expect(routeEdge({ from: 'a', to: 'b' }, a, b, 0, 12, 'k').d).toBe('M100 20L143 20')
    const there = routeEdge({ from: 'a', to: 'b', label: 'ETH' }, a, b, 6, 12, 'k')
    const back = routeEdge({ from: 'b', to: 'a', label: 'LST' }, b, a, 6, 12, 'k')
    expect(there.d).toBe('M100 14L143 14')
    expect(back.d).toBe('M150 26L107 26')
    expect(there.label!.y).toBeLessThan(14)
    expect(back.label!.y).toBeGreaterThan(26)
  })

  it('names the edge when it points at a box that does not exist', () => {
    const broken = { ...DIAGRAMS['stake-steps'], edges: [{ from: 'method', to: 'nowhere' }] }
    expect(() => layoutDiagram(broken, WIDE, 'wide')).toThrow(
      'diagram stake-steps: edge method → nowhere names an unknown box',
    )
  })
})
