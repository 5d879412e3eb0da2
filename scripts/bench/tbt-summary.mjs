// Pure helpers of tbt-attribution.mjs (tested in tbt-summary.test.ts).

export const KINDS = ['style & layout', 'script', 'HTML parsing', 'other']

/** The files beside a Lighthouse report: the assets `--save-assets` writes, and the attribution written from them. */
export function attributionFiles(report) {
  const base = report.replace(/\.json$/, '')
  return {
    assets: [`${base}-0.trace.json`, `${base}-0.devtoolslog.json`],
    attribution: `${base}.tbt.json`,
  }
}

const KIND_OF_GROUP = {
  styleLayout: 'style & layout',
  paintCompositeRender: 'style & layout',
  scriptEvaluation: 'script',
  scriptParseCompile: 'script',
  garbageCollection: 'script',
  parseHTML: 'HTML parsing',
  other: 'other',
}

/** The kind of work a task mostly did, from its self time per Lighthouse task group (ms by group id). */
export function kindOfGroups(times) {
  const byKind = Object.fromEntries(KINDS.map((k) => [k, 0]))
  for (const [group, ms] of Object.entries(times)) {
    if (Number.isFinite(ms) && ms > 0) byKind[KIND_OF_GROUP[group] ?? 'other'] += ms
  }
  let best = 'other'
  for (const k of KINDS) if (byKind[k] > byKind[best]) best = k
  return best
}

/** Blocking ms per kind, as Lighthouse combines its two simulations: their mean. */
export function summarize(optimistic, pessimistic) {
  const sum = (rows) => {
    const byKind = Object.fromEntries(KINDS.map((k) => [k, 0]))
    for (const r of rows) byKind[KINDS.includes(r.kind) ? r.kind : 'other'] += r.blocking
    return byKind
  }
  const a = sum(optimistic)
  const b = sum(pessimistic)
  return { byKind: Object.fromEntries(KINDS.map((k) => [k, (a[k] + b[k]) / 2])) }
}
