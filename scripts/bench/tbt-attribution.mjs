// Where a Lighthouse mobile run's Total Blocking Time comes from.
//
// Lighthouse's default ("simulate") throttling does not slow the page down: it loads it at full speed, then
// Lantern, its simulator, replays every main-thread task 4× slower over a simulated slow-4G network, estimates
// FCP from a smaller graph (the document, render-blocking requests, and the first parse, layout and paint tasks),
// and counts every simulated task longer than 50 ms that runs after that FCP estimate. This script re-runs the
// same Lantern computations, with Lighthouse's own code, on a run's saved trace and network log, and lists the
// tasks it counted: when they ran in the simulation, which observed task each one is, and what that task did
// (Lighthouse's own task groups: style & layout, script, HTML parsing, other).
//
// Usage: node scripts/bench/tbt-attribution.mjs <report.json> [--keep-assets]
//   expects <report>-0.trace.json and <report>-0.devtoolslog.json beside it (Lighthouse's --save-assets), writes
//   <report>.tbt.json, and deletes the two assets (tens of MB each) unless --keep-assets.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { LanternFirstContentfulPaint } from 'lighthouse/core/computed/metrics/lantern-first-contentful-paint.js'
import { LanternInteractive } from 'lighthouse/core/computed/metrics/lantern-interactive.js'
import { LanternTotalBlockingTime } from 'lighthouse/core/computed/metrics/lantern-total-blocking-time.js'
import { MainThreadTasks } from 'lighthouse/core/computed/main-thread-tasks.js'
import * as Lantern from 'lighthouse/core/lib/lantern/lantern.js'
import { attributionFiles, kindOfGroups, summarize } from './tbt-summary.mjs'

/** Self time per Lighthouse task group over a task and everything it ran, in observed ms. */
function groupTimes(task, into = {}) {
  into[task.group.id] = (into[task.group.id] ?? 0) + task.selfTime
  for (const child of task.children) groupTimes(child, into)
  return into
}

/** The counted tasks of one simulation (optimistic or pessimistic), with the window Lighthouse counts them in. */
function countedTasks(estimate, fcpMs, ttiMs, observedByStart, t0) {
  const rows = []
  for (const [node, timing] of estimate.nodeTimings.entries()) {
    if (node.type !== 'cpu' || timing.duration < 50) continue
    const event = { start: timing.startTime, end: timing.endTime, duration: timing.duration }
    const blocking = Lantern.Metrics.TBTUtils.calculateTbtImpactForEvent(event, fcpMs, ttiMs)
    const observed = observedByStart.get(node.event.ts)
    rows.push({
      simulatedStart: timing.startTime,
      simulatedDuration: timing.duration,
      blocking,
      observedStart: (node.startTime - t0) / 1000,
      observedDuration: node.duration / 1000,
      kind: observed ? kindOfGroups(groupTimes(observed)) : 'other',
    })
  }
  return rows.sort((a, b) => a.simulatedStart - b.simulatedStart)
}

/** Re-runs Lantern's FCP, TTI and TBT for a saved run; every figure in ms. */
export async function attributeTbt(lhr, trace, devtoolsLog) {
  const settings = lhr.configSettings
  const data = {
    trace,
    devtoolsLog,
    settings,
    simulator: null,
    gatherContext: { gatherMode: 'navigation' },
    URL: {
      requestedUrl: lhr.requestedUrl,
      mainDocumentUrl: lhr.mainDocumentUrl ?? lhr.finalUrl,
      finalDisplayedUrl: lhr.finalDisplayedUrl,
    },
    SourceMaps: [],
  }
  const context = { computedCache: new Map(), settings }
  const fcp = await LanternFirstContentfulPaint.request(data, context)
  const tti = await LanternInteractive.request(data, context)
  const tbt = await LanternTotalBlockingTime.request(data, context)
  const tasks = await MainThreadTasks.request(trace, context)
  const observedByStart = new Map(tasks.map((t) => [t.event.ts, t]))
  let t0 = Infinity
  for (const node of tbt.optimisticEstimate.nodeTimings.keys())
    if (node.type === 'network' && node.isMainDocument()) t0 = node.startTime
  // As Lighthouse does: the optimistic TBT counts from the pessimistic FCP and to the optimistic TTI, and back.
  const optimistic = countedTasks(
    tbt.optimisticEstimate,
    fcp.pessimisticEstimate.timeInMs,
    tti.optimisticEstimate.timeInMs,
    observedByStart,
    t0,
  )
  const pessimistic = countedTasks(
    tbt.pessimisticEstimate,
    fcp.optimisticEstimate.timeInMs,
    tti.pessimisticEstimate.timeInMs,
    observedByStart,
    t0,
  )
  return {
    tbt: tbt.timing,
    fcp: fcp.timing,
    reportedTbt: lhr.audits['total-blocking-time'].numericValue,
    optimistic,
    pessimistic,
    ...summarize(optimistic, pessimistic),
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const report = process.argv[2]
  if (!report?.endsWith('.json')) {
    console.error('usage: node scripts/bench/tbt-attribution.mjs <lighthouse-report.json> [--keep-assets]')
    process.exit(2)
  }
  const { assets, attribution } = attributionFiles(report)
  for (const file of [report, ...assets]) {
    if (!existsSync(file)) {
      console.error(
        `${file} is missing: run Lighthouse with --output=json --output-path=${report} --save-assets, then this script`,
      )
      process.exit(2)
    }
  }
  let result
  try {
    const [lhr, trace, devtoolsLog] = [report, ...assets].map((f) => JSON.parse(readFileSync(f, 'utf8')))
    result = await attributeTbt(lhr, trace, devtoolsLog)
  } catch (error) {
    console.error(`could not re-run Lighthouse's simulation on ${report}: ${error.message}`)
    process.exit(1)
  }
  writeFileSync(attribution, JSON.stringify(result, null, 1))
  if (!process.argv.includes('--keep-assets')) for (const f of assets) rmSync(f, { force: true })
  const row = (r) =>
    `  sim ${r.simulatedStart.toFixed(0).padStart(5)} +${r.simulatedDuration.toFixed(0).padStart(4)}  blocking ${r.blocking.toFixed(0).padStart(4)}  observed ${r.observedStart.toFixed(0).padStart(5)} +${r.observedDuration.toFixed(0).padStart(3)}  ${r.kind}`
  console.log(
    `TBT ${result.tbt.toFixed(0)} ms (report: ${result.reportedTbt.toFixed(0)}), FCP estimate ${result.fcp.toFixed(0)} ms`,
  )
  console.log('blocking by kind (mean of the two simulations):', result.byKind)
  console.log('optimistic simulation, tasks over 50 ms:')
  for (const r of result.optimistic) console.log(row(r))
}
