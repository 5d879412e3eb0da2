import type { FigureSource, NetworkFigure, Snapshot } from '../schema'
import type { Bounds, Reading } from './probe'

export type RowStatus = 'updated' | 'unchanged' | 'failed' | 'refused'

/** One line of the refresh report. */
export type RefreshRow = {
  id: string
  status: RowStatus
  old?: number
  new?: number
  /** Change in percent (new − old) / old · 100; undefined when old is 0 or nothing was read. */
  changePct?: number
  /** Why the figure kept its old value (failed or refused). */
  reason?: string
}

/** What a probe produced: readings, or one reason shared by all of its figures. */
export type ProbeOutcome =
  | {
      ok: true
      readings: Reading[]
      bounds: Record<string, Bounds>
      source: FigureSource
    }
  | { ok: false; ids: readonly string[]; reason: string }

export type ApplyOptions = {
  /** The day of the refresh (YYYY-MM-DD): the new asOf and retrieved. */
  today: string
  /** Refuse a value more than this many times larger or smaller than the old one (e.g. 3). */
  maxChangeFactor: number
}

function boundsProblem(value: number, bounds: Bounds | undefined): string | undefined {
  if (!Number.isFinite(value)) return `not a finite number (${value})`
  if (bounds === undefined) return undefined
  if (value < bounds.min || value > bounds.max) {
    return `${value} is outside the sane range ${bounds.min}–${bounds.max}`
  }
  if (bounds.integer === true && !Number.isInteger(value)) return `${value} should be a whole number`
  return undefined
}

function changeProblem(old: number, value: number, factor: number): string | undefined {
  if (old === 0 || value === 0) return undefined
  const ratio = value / old
  if (ratio > factor || ratio < 1 / factor) {
    return `changed ${ratio.toFixed(2)}× (more than the allowed ${factor}×); check the source, then edit by hand if it is real`
  }
  return undefined
}

const pct = (old: number, value: number) => (old === 0 ? undefined : ((value - old) / old) * 100)

/**
 * Applies probe outcomes to a snapshot (pure: returns a new snapshot). A reading outside its bounds or
 * changing by more than the allowed factor (unless its bounds say it `swings`) is refused; a failed probe
 * leaves its figures as they were.
 * Readings for ids the snapshot does not have are refused too: add a figure by hand first.
 */
export function applyOutcomes(
  snapshot: Snapshot,
  outcomes: readonly ProbeOutcome[],
  options: ApplyOptions,
): { snapshot: Snapshot; rows: RefreshRow[] } {
  const figures: Record<string, NetworkFigure> = { ...snapshot.figures }
  const rows: RefreshRow[] = []
  for (const outcome of outcomes) {
    if (!outcome.ok) {
      for (const id of outcome.ids)
        rows.push({ id, status: 'failed', old: figures[id]?.value, reason: outcome.reason })
      continue
    }
    for (const reading of outcome.readings) {
      const existing = figures[reading.id]
      const base = { id: reading.id, old: existing?.value, new: reading.value }
      if (existing === undefined) {
        rows.push({ ...base, status: 'refused', reason: 'not in the snapshot: add the figure by hand first' })
        continue
      }
      const problem =
        boundsProblem(reading.value, outcome.bounds[reading.id]) ??
        (outcome.bounds[reading.id]?.swings === true
          ? undefined
          : changeProblem(existing.value, reading.value, options.maxChangeFactor))
      if (problem !== undefined) {
        rows.push({ ...base, status: 'refused', reason: problem })
        continue
      }
      figures[reading.id] = {
        ...existing,
        value: reading.value,
        asOf: options.today,
        retrieved: options.today,
        method: 'api',
        source: outcome.source,
        secondary: false,
        note: reading.note,
      }
      const status = reading.value === existing.value ? 'unchanged' : 'updated'
      rows.push({
        ...base,
        status,
        changePct: pct(existing.value, reading.value),
      })
    }
  }
  return { snapshot: { figures: sortById(figures) }, rows }
}

function sortById(figures: Record<string, NetworkFigure>): Record<string, NetworkFigure> {
  return Object.fromEntries(Object.entries(figures).sort(([a], [b]) => a.localeCompare(b)))
}
