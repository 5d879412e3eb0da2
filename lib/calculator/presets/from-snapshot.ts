import { figure, type FigureId } from '@/lib/data/snapshot'
import type { IsoDate, SourcedFigure } from './types'

/** The profile view of one snapshot figure: profiles hold no numbers of their own. */
export function sourced(id: FigureId): SourcedFigure {
  const f = figure(id)
  return {
    kind: 'sourced',
    id,
    value: f.value,
    unit: f.unit,
    source: f.source,
    asOf: f.asOf as IsoDate,
    secondary: f.secondary,
    ...(f.note === undefined ? {} : { note: f.note }),
  }
}
