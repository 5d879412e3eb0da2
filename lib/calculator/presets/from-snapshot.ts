import clientFigures from '@/lib/data/figures.client.json' with { type: 'json' }
import type { ClientSnapshot } from '@/lib/data/client-view'
import type { FigureId } from '@/lib/data/snapshot'
import type { IsoDate, SourcedFigure } from './types'

/**
 * The figures as browser code reads them: the slim view of the snapshot (`npm run data:client`), so the
 * calculator's first load carries values, dates and sources but not the snapshot's notes and bookkeeping.
 */
const FIGURES = (clientFigures as ClientSnapshot).figures

/** The profile view of one snapshot figure: profiles hold no numbers of their own. */
export function sourced(id: FigureId): SourcedFigure {
  const f = FIGURES[id]
  if (f === undefined) throw new Error(`No figure "${id}" in content/data/networks.json`)
  return {
    kind: 'sourced',
    id,
    value: f.value,
    unit: f.unit,
    source: f.source,
    asOf: f.asOf as IsoDate,
    secondary: f.secondary,
  }
}
