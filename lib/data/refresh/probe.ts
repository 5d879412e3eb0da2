import type { FigureSource } from '../schema'
import type { FetchLike } from './http'

/** One value read from a chain API, for one snapshot figure. */
export type Reading = { id: string; value: number; note: string }

/**
 * Sanity bounds: a value outside them is refused, reported, and the snapshot keeps the old one. `swings`
 * marks a figure that moves by orders of magnitude in normal times (a queue: thousands of ETH one month,
 * millions the next), so only the range applies to it, not the refresh's maximum change factor.
 */
export type Bounds = { min: number; max: number; integer?: boolean; swings?: boolean }

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
  run: (context: ProbeContext) => Promise<Reading[]>
}

export type ProbeContext = { baseUrl: string; timeoutMs: number; fetch?: FetchLike }

/** `base` + `path`, whatever the slashes. */
export function joinUrl(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`
}
