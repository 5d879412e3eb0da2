import type { Snapshot } from './schema'

/**
 * What browser code needs of one snapshot figure: the value and unit, the date it was true for, where it
 * comes from (title and link, as the calculator shows them) and whether that source is secondary. Labels,
 * notes, publishers and refresh bookkeeping stay on the server (the /data page and `<Stat>` read the full
 * snapshot), so the calculator's first load does not carry them.
 */
export type ClientFigure = {
  value: number
  unit: string
  asOf: string
  secondary: boolean
  source: { title: string; url: string }
}

export type ClientSnapshot = { figures: Record<string, ClientFigure> }

/** The client view of `content/data/networks.json`, written to `lib/data/figures.client.json`. */
export function clientView(snapshot: Snapshot): ClientSnapshot {
  const figures: Record<string, ClientFigure> = {}
  for (const id of Object.keys(snapshot.figures).sort()) {
    const f = snapshot.figures[id]
    if (f === undefined) continue
    figures[id] = {
      value: f.value,
      unit: f.unit,
      asOf: f.asOf,
      secondary: f.secondary,
      source: { title: f.source.title, url: f.source.url },
    }
  }
  return { figures }
}

/** The file's text, as `npm run data:client` writes it and `client-view.test.ts` expects it. */
export function clientViewText(snapshot: Snapshot): string {
  return `${JSON.stringify(clientView(snapshot), null, 2)}\n`
}
