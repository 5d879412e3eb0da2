import type { FigureSource, NetworkFigure } from '../schema'
import type { FetchLike } from './http'

/** One value read from a chain API, for one snapshot figure. */
export type Reading = { id: string; value: number; note: string }

/** Sanity bounds: a value outside them is refused, reported, and the snapshot keeps the old one. */
export type Bounds = { min: number; max: number; integer?: boolean }

/**
 * A group of figures read together (one or a few requests). When any request fails, every figure of the
 * probe is reported with the same reason and keeps its old value.
 */
export type Probe = {
  network: 'ethereum' | 'solana' | 'cosmos'
  /** What the probe reads, for the table: "Cosmos LCD slashing params". */
  name: string
  ids: readonly string[]
  bounds: Record<string, Bounds>
  source: FigureSource
  /** How to add a figure the snapshot does not have yet (its first successful reading creates it). */
  newFigures?: Record<string, NewFigure>
  run: (context: ProbeContext) => Promise<Reading[]>
}

export type ProbeContext = { baseUrl: string; timeoutMs: number; fetch?: FetchLike }

/** `base` + `path`, whatever the slashes. */
export function joinUrl(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`
}

/** What a new figure needs besides the reading itself. */
export type NewFigure = Pick<NetworkFigure, 'label' | 'unit' | 'display' | 'maxAgeDays'>
