// Pure part of style-census.mjs (tested in style-passes.test.ts): the style passes of a page load in a Chromium
// trace, and the elements each one resolved.

/**
 * The renderer main thread's style passes (`UpdateLayoutTree`) of at least `minElements` elements, in time order:
 * start (ms after navigationStart), duration (ms), Chromium's element count, the DOM node ids whose own
 * style it resolved (`StyleResolver::ResolveStyle`, trace category disabled-by-default-devtools.timeline
 * .invalidationTracking) and how many pseudo-element styles it resolved besides. `events` are the trace's events;
 * the page is the renderer that painted the first contentful paint.
 */
export function stylePasses(events, { minElements = 30 } = {}) {
  const fcp = events.find((e) => e.name === 'firstContentfulPaint')
  if (!fcp) throw new Error('the trace has no firstContentfulPaint event: did the page load and paint?')
  const thread = events.find(
    (e) => e.pid === fcp.pid && e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
  )
  if (!thread)
    throw new Error('the trace names no renderer main thread (CrRendererMain) for the painted page')
  // Metadata events carry ts 0: the clock starts at the page's navigationStart, or at the thread's first real event.
  const mine = events.filter(
    (e) => e.pid === fcp.pid && e.tid === thread.tid && typeof e.ts === 'number' && e.ph !== 'M',
  )
  if (mine.length === 0) return []
  const navigation = events.find((e) => e.pid === fcp.pid && e.name === 'navigationStart')
  const t0 = navigation?.ts ?? Math.min(...mine.map((e) => e.ts))
  const resolves = mine.filter((e) => e.name === 'StyleResolver::ResolveStyle' && e.args?.data)
  return mine
    .filter((e) => e.name === 'UpdateLayoutTree' && e.dur > 0 && (e.args?.elementCount ?? 0) >= minElements)
    .sort((a, b) => a.ts - b.ts)
    .map((pass) => {
      const inside = resolves.filter((r) => r.ts >= pass.ts && r.ts <= pass.ts + pass.dur)
      const own = inside.filter((r) => (r.args.data.pseudoId ?? 0) === 0)
      return {
        startMs: (pass.ts - t0) / 1000,
        durationMs: pass.dur / 1000,
        elementCount: pass.args.elementCount,
        nodeIds: [...new Set(own.map((r) => r.args.data.nodeId))],
        pseudoStyles: inside.length - own.length,
      }
    })
}

/** `{ region: count }` sorted by count, largest first, as "region count, region count". */
export function describeCounts(counts) {
  return Object.entries(counts)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([region, n]) => `${region} ${n}`)
    .join(', ')
}
