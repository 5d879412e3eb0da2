import type { DiagramEdge, DiagramModel, DiagramNode, GridGaps } from './diagram-model'
import type { LayoutSize, PositionedText, Tone } from './layout-types'
import { round } from './layout-types'
import { textWidth, wrapText } from './text'

export type PositionedNode = {
  id: string
  x: number
  y: number
  width: number
  height: number
  tone: Tone
  heading: boolean
  /** Title lines (full size, bold unless the node says otherwise), then detail lines (smaller, muted). */
  lines: (PositionedText & { kind: 'title' | 'detail'; bold: boolean })[]
}

export type PositionedEdge = {
  key: string
  /** The line, from the source box's border to just before the target's. */
  d: string
  /** Arrowhead triangle at the target. */
  head: string
  dashed: boolean
  label: PositionedText | null
}

export type DiagramLayout = { size: LayoutSize; nodes: PositionedNode[]; edges: PositionedEdge[] }

const PAD = 2
const ARROW = 7

type Variant = 'wide' | 'narrow'

/** Default gaps: room for an arrow and a short label between boxes. */
function gapsFor(model: DiagramModel, variant: Variant, fontSize: number): GridGaps {
  const base = { col: fontSize * 3, row: fontSize * 2.4 }
  return { ...base, ...model.gaps?.[variant] }
}

function nodeLines(node: DiagramNode, innerWidth: number, fontSize: number) {
  const detailSize = fontSize * 0.9
  const bold = node.weight !== 'normal'
  const title = wrapText(node.title, innerWidth, fontSize, bold).map((text) => ({
    text,
    bold,
    kind: 'title' as const,
  }))
  const detail = node.detail
    ? wrapText(node.detail, innerWidth, detailSize).map((text) => ({
        text,
        bold: false,
        kind: 'detail' as const,
      }))
    : []
  return [...title, ...detail]
}

/**
 * Lays a diagram out at `size`: equal columns, each row as tall as its tallest box (so a row's boxes line
 * up), text wrapped inside the boxes, arrows straight between facing sides. The height follows from the
 * content, so `size.height` is ignored.
 */
export function layoutDiagram(model: DiagramModel, size: LayoutSize, variant: Variant): DiagramLayout {
  const { width, fontSize } = size
  const gaps = gapsFor(model, variant, fontSize)
  const place = (n: DiagramNode) => n[variant]
  const cols = Math.max(...model.nodes.map((n) => place(n).col + (place(n).colSpan ?? 1)))
  const rows = Math.max(...model.nodes.map((n) => place(n).row + 1))
  const weights = Array.from({ length: cols }, (_, c) => model.columns?.[variant]?.[c] ?? 1)
  const unit = (width - 2 * PAD - (cols - 1) * gaps.col) / weights.reduce((a, b) => a + b, 0)
  const colLeft = (c: number) => PAD + weights.slice(0, c).reduce((a, w) => a + w * unit + gaps.col, 0)
  const spanWidth = (c: number, span: number) =>
    weights.slice(c, c + span).reduce((a, w) => a + w * unit, 0) + (span - 1) * gaps.col
  const padX = fontSize * 0.7
  const lineHeight = fontSize * 1.3

  const drafts = model.nodes.map((node) => {
    const p = place(node)
    const span = p.colSpan ?? 1
    const boxWidth = spanWidth(p.col, span)
    const lines = nodeLines(node, boxWidth - 2 * padX, fontSize)
    const contentHeight = lines.length * lineHeight + (node.detail ? fontSize * 0.3 : 0)
    return { node, p, boxWidth, lines, boxHeight: contentHeight + fontSize * (node.heading ? 0.6 : 1.4) }
  })
  const rowHeights = Array.from({ length: rows }, (_, r) =>
    Math.max(0, ...drafts.filter((d) => d.p.row === r).map((d) => d.boxHeight)),
  )
  // Rows joined by an arrow get the full gap; rows that only sit together (a note under a flow) a small one.
  const rowOf = new Map(model.nodes.map((n) => [n.id, place(n).row]))
  const joined = (r: number) =>
    model.edges.some((e) => {
      const a = rowOf.get(e.from)
      const b = rowOf.get(e.to)
      return a !== undefined && b !== undefined && Math.min(a, b) <= r && Math.max(a, b) > r
    })
  const gapAfter = (r: number) => (joined(r) ? gaps.row : Math.min(gaps.row, fontSize))
  const rowTops: number[] = []
  rowHeights.forEach((_, r) =>
    rowTops.push(r === 0 ? PAD : (rowTops[r - 1] ?? PAD) + (rowHeights[r - 1] ?? 0) + gapAfter(r - 1)),
  )

  const nodes = drafts.map(({ node, p, boxWidth, lines }): PositionedNode => {
    const x = colLeft(p.col)
    const y = rowTops[p.row] ?? PAD
    const height = rowHeights[p.row] ?? 0
    const textHeight = lines.length * lineHeight + (node.detail ? fontSize * 0.3 : 0)
    let baseline = y + (height - textHeight) / 2 + fontSize * 0.95
    // Row headings (a heading in the first column) read from the left; column headings are centred.
    const leftAligned = (node.heading ?? false) && p.col === 0
    return {
      id: node.id,
      x: round(x),
      y: round(y),
      width: round(boxWidth),
      height: round(height),
      tone: node.tone ?? 'neutral',
      heading: node.heading ?? false,
      lines: lines.map((line, i) => {
        if (i > 0 && line.kind === 'detail' && lines[i - 1]?.kind === 'title') baseline += fontSize * 0.3
        const positioned = {
          x: round(leftAligned ? x + padX / 2 : x + boxWidth / 2),
          y: round(baseline),
          text: line.text,
          anchor: leftAligned ? ('start' as const) : ('middle' as const),
          kind: line.kind,
          bold: line.bold,
        }
        baseline += lineHeight
        return positioned
      }),
    }
  })

  const byId = new Map(nodes.map((n) => [n.id, n]))
  const edges = model.edges.map((edge, i) => {
    const from = byId.get(edge.from)
    const to = byId.get(edge.to)
    if (!from || !to)
      throw new Error(`diagram ${model.id}: edge ${edge.from} → ${edge.to} names an unknown box`)
    const reverse = model.edges.some((e) => e.from === edge.to && e.to === edge.from)
    const routed = routeEdge(edge, from, to, reverse ? fontSize * 0.5 : 0, fontSize, `${i}`)
    return { ...routed, label: routed.label && keepInside(routed.label, width, fontSize * 0.9) }
  })

  const height = Math.ceil(Math.max(...nodes.map((n) => n.y + n.height)) + PAD)
  return { size: { ...size, height }, nodes, edges }
}

type Rect = Pick<PositionedNode, 'x' | 'y' | 'width' | 'height'>

const overlap = (a0: number, a1: number, b0: number, b1: number) => Math.min(a1, b1) - Math.max(a0, b0)

/**
 * A straight arrow between facing sides: vertical when the boxes share columns, horizontal when they share
 * rows, otherwise from centre to centre clipped at the borders. A pair of opposite arrows is drawn side by
 * side (`offset`), each on its own side of the centre line (to the right of its direction of travel).
 */
export function routeEdge(
  edge: DiagramEdge,
  from: Rect,
  to: Rect,
  offset: number,
  fontSize: number,
  key: string,
): PositionedEdge {
  const xOverlap = overlap(from.x, from.x + from.width, to.x, to.x + to.width)
  const yOverlap = overlap(from.y, from.y + from.height, to.y, to.y + to.height)
  let x1: number, y1: number, x2: number, y2: number
  let label: PositionedText | null = null
  if (xOverlap > 0) {
    const down = to.y > from.y
    const x = Math.max(from.x, to.x) + xOverlap / 2 + (down ? -offset : offset)
    x1 = x2 = x
    y1 = down ? from.y + from.height : from.y
    y2 = down ? to.y : to.y + to.height
    if (edge.label) {
      const right = offset === 0 || !down
      label = {
        x: round(x + (right ? 6 : -6)),
        y: round((y1 + y2) / 2 + fontSize * 0.35),
        text: edge.label,
        anchor: right ? 'start' : 'end',
      }
    }
  } else if (yOverlap > 0) {
    const rightward = to.x > from.x
    const y = Math.max(from.y, to.y) + yOverlap / 2 + (rightward ? -offset : offset)
    y1 = y2 = y
    x1 = rightward ? from.x + from.width : from.x
    x2 = rightward ? to.x : to.x + to.width
    if (edge.label) {
      const above = offset === 0 || rightward
      label = {
        x: round((x1 + x2) / 2),
        y: round(above ? y - 5 : y + fontSize + 3),
        text: edge.label,
        anchor: 'middle',
      }
    }
  } else {
    const c1 = { x: from.x + from.width / 2, y: from.y + from.height / 2 }
    const c2 = { x: to.x + to.width / 2, y: to.y + to.height / 2 }
    ;[x1, y1] = clip(c1, c2, from)
    ;[x2, y2] = clip(c2, c1, to)
  }
  const len = Math.hypot(x2 - x1, y2 - y1) || 1
  const ux = (x2 - x1) / len
  const uy = (y2 - y1) / len
  // The shaft stops where the arrowhead starts, so a dashed line never pokes through its tip.
  const sx = x2 - ux * ARROW
  const sy = y2 - uy * ARROW
  const w = ARROW * 0.55
  const head = `M${round(x2)} ${round(y2)}L${round(sx - uy * w)} ${round(sy + ux * w)}L${round(sx + uy * w)} ${round(sy - ux * w)}Z`
  return {
    key,
    d: `M${round(x1)} ${round(y1)}L${round(sx)} ${round(sy)}`,
    head,
    dashed: edge.dashed ?? false,
    label,
  }
}

/** Where the segment from the centre `c` towards `target` leaves the rectangle `r`. */
function clip(c: { x: number; y: number }, target: { x: number; y: number }, r: Rect): [number, number] {
  const dx = target.x - c.x
  const dy = target.y - c.y
  const tx = dx === 0 ? Infinity : r.width / 2 / Math.abs(dx)
  const ty = dy === 0 ? Infinity : r.height / 2 / Math.abs(dy)
  const t = Math.min(tx, ty)
  return [c.x + dx * t, c.y + dy * t]
}

/** A label beside a vertical arrow that would run past the drawing's right edge moves to the arrow's left. */
function keepInside(label: PositionedText, width: number, fontSize: number): PositionedText {
  if (label.anchor !== 'start' || label.x + textWidth(label.text, fontSize, true) <= width) return label
  return { ...label, x: round(label.x - 12), anchor: 'end' }
}
