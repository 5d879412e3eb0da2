import snapshotJson from '@/content/data/networks.json' with { type: 'json' }
import type { NetworkFigure, Snapshot } from './schema'

/** Every figure id in `content/data/networks.json`, e.g. `'ethereum.totalStaked'`. */
export type FigureId = keyof typeof snapshotJson.figures

/**
 * The snapshot as the site reads it. The JSON is checked against `SnapshotSchema` by `snapshot.test.ts`,
 * `npm run check:content`, `npm run data:refresh` / `data:status` and at build time by the /data page, so the
 * browser bundle carries the data without the schema library.
 */
const SNAPSHOT = snapshotJson as Snapshot

export const FIGURE_IDS = Object.keys(SNAPSHOT.figures).sort() as FigureId[]

export function isFigureId(id: string): id is FigureId {
  return Object.hasOwn(SNAPSHOT.figures, id)
}

/** One figure by id (the id type makes an unknown id a type error). */
export function figure(id: FigureId): NetworkFigure {
  const found = SNAPSHOT.figures[id]
  if (found === undefined) throw new Error(`No figure "${id}" in content/data/networks.json`)
  return found
}

/** The raw snapshot, for the /data page and the checks. */
export function snapshot(): Snapshot {
  return SNAPSHOT
}
