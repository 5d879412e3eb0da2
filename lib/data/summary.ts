import type { Snapshot } from './schema'
import { isStale } from './staleness'

export type NetworkDataSummary = {
  /** The oldest date a measured figure (method `api` or `manual`) was true for; '' when there is none. */
  asOf: string
  /** How many of the figures are older than their allowed age on `today`. */
  stale: number
}

/**
 * What "Network data as of <date>" says for one network (or all, with `network` undefined): the measured
 * figures are only as current as the oldest of them. Pure: `today` is passed in.
 */
export function networkDataSummary(data: Snapshot, today: string, network?: string): NetworkDataSummary {
  const figures = Object.entries(data.figures)
    .filter(([id]) => network === undefined || id.startsWith(`${network}.`))
    .map(([, f]) => f)
  const measured = figures.filter((f) => f.method === 'api' || f.method === 'manual').map((f) => f.asOf)
  return {
    asOf: measured.reduce((oldest, d) => (oldest === '' || d < oldest ? d : oldest), ''),
    stale: figures.filter((f) => isStale(f, today)).length,
  }
}
