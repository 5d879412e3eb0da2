import type { ChartColor } from './chart-model'

/** The two sizes every figure is drawn at: one for wide columns, one for phones (down to 320 px). */
export type LayoutSize = { width: number; height: number; fontSize: number }

/** The article column from about 576 px up: drawn at roughly 1:1 so 13-unit text reads as ~13 px. */
export const WIDE: LayoutSize = { width: 640, height: 340, fontSize: 13 }

/** Phones: a 280-unit-wide drawing shown at 264–384 px, so 13-unit text reads as 12–18 px. */
export const NARROW: LayoutSize = { width: 280, height: 280, fontSize: 13 }

export type TextAnchor = 'start' | 'middle' | 'end'

export type PositionedText = { x: number; y: number; text: string; anchor: TextAnchor }

export type Box = { left: number; top: number; right: number; bottom: number }

/** Tones of diagram boxes and chart marks; the renderer maps each to theme-token classes. */
export type Tone = 'neutral' | 'accent' | 'note' | 'tip' | 'warning' | 'risk'

export type ColoredPath = { key: string; d: string; color: ChartColor; dashed: boolean }

/** Rounds a coordinate to one decimal: enough for SVG, and keeps the HTML small. */
export const round = (n: number): number => Math.round(n * 10) / 10
