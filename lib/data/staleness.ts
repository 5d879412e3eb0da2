import { daysBetween } from '@/lib/content/dates'
import type { NetworkFigure, Snapshot } from './schema'

/** Whole days from the figure's `asOf` to `today` (YYYY-MM-DD); negative when `asOf` is later. */
export function figureAgeDays(figure: Pick<NetworkFigure, 'asOf'>, today: string): number {
  return daysBetween(figure.asOf, today)
}

/** True when the figure is older than its `maxAgeDays` on `today`. Pure: the caller passes the date. */
export function isStale(figure: Pick<NetworkFigure, 'asOf' | 'maxAgeDays'>, today: string): boolean {
  return figureAgeDays(figure, today) > figure.maxAgeDays
}

/** Ids of the stale figures, sorted. */
export function staleFigureIds(data: Snapshot, today: string): string[] {
  return Object.entries(data.figures)
    .filter(([, f]) => isStale(f, today))
    .map(([id]) => id)
    .sort()
}

/** The day the snapshot was last checked: the latest `retrieved` date of any figure. */
export function snapshotRetrieved(data: Snapshot): string {
  return Object.values(data.figures).reduce((latest, f) => (f.retrieved > latest ? f.retrieved : latest), '')
}

/** The oldest `asOf` among the figures whose ids start with `prefix` (e.g. `solana.`), or '' if none. */
export function oldestAsOf(data: Snapshot, prefix: string): string {
  return Object.entries(data.figures)
    .filter(([id]) => id.startsWith(prefix))
    .reduce((oldest, [, f]) => (oldest === '' || f.asOf < oldest ? f.asOf : oldest), '')
}

/** Today in UTC as YYYY-MM-DD; the only impure helper, for callers at the edge (pages, scripts). */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10)
}
