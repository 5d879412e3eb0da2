import type { Tone } from './layout-types'

/**
 * A diagram as data: boxes placed on a grid (one placement for wide columns, one for phones) and arrows
 * between them. `diagram-layout.ts` turns it into coordinates; components/figures draws it.
 */
export type GridPlace = { col: number; row: number; colSpan?: number }

export type DiagramNode = {
  id: string
  title: string
  detail?: string
  tone?: Tone
  /** A heading cell: bold text without a box (for the rows and columns of a grid). */
  heading?: boolean
  /** The title's weight (default bold); plain suits answers in a grid, so the bold ones stand out. */
  weight?: 'bold' | 'normal'
  wide: GridPlace
  narrow: GridPlace
}

export type DiagramEdge = {
  from: string
  to: string
  /** A word or two on the arrow; keep it under ~16 characters. */
  label?: string
  dashed?: boolean
}

/** Spacing between grid cells, in drawing units; arrows with labels need wider gaps. */
export type GridGaps = { col: number; row: number }

export type DiagramModel = {
  id: string
  /** Accessible name of the picture: what it shows, in one line. */
  title: string
  /** The visible caption: one or two sentences saying what to notice. */
  caption: string
  nodes: readonly DiagramNode[]
  edges: readonly DiagramEdge[]
  gaps?: { wide?: Partial<GridGaps>; narrow?: Partial<GridGaps> }
  /** Relative column widths per layout (default: equal), e.g. [0.7, 1, 1] for a narrow heading column. */
  columns?: { wide?: readonly number[]; narrow?: readonly number[] }
  /** The text alternative: the diagram as sentences, read in order. */
  description: readonly string[]
}
