import { readFile, rename, unlink, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { snapshotProblems, type Snapshot } from '../schema'
import { applyOutcomes, type ProbeOutcome, type RefreshRow } from './apply'
import type { RefreshConfig } from './config'
import { ProbeError, type FetchLike } from './http'
import type { Probe } from './probe'
import { PROBES } from './probes'

export type RefreshResult =
  { ok: false; problems: string[] } | { ok: true; rows: RefreshRow[]; written: boolean; manualIds: string[] }

/** Writes through a temporary file in the same folder and a rename, so readers never see half a file. */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`)
  try {
    await writeFile(temporary, text, 'utf8')
    await rename(temporary, path)
  } catch (error) {
    await unlink(temporary).catch(() => undefined)
    throw error
  }
}

async function readSnapshot(path: string): Promise<{ snapshot?: Snapshot; problems: string[] }> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch {
    return { problems: [`cannot read ${path}`] }
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return { problems: [`${path} is not valid JSON`] }
  }
  const problems = snapshotProblems(json).map((p) => `${path}: ${p}`)
  return problems.length > 0 ? { problems } : { snapshot: json as Snapshot, problems }
}

async function runProbe(probe: Probe, config: RefreshConfig, fetch?: FetchLike): Promise<ProbeOutcome> {
  try {
    const readings = await probe.run({
      baseUrl: config.endpoints[probe.network],
      timeoutMs: config.timeoutMs,
      fetch,
    })
    return { ok: true, readings, bounds: probe.bounds, source: probe.source }
  } catch (error) {
    const reason = error instanceof ProbeError ? error.message : `unexpected error: ${String(error)}`
    return { ok: false, ids: probe.ids, reason }
  }
}

/**
 * The whole refresh: read and validate the snapshot, run every probe at once, apply the readings with
 * their sanity bounds, and write the result atomically when anything was read. Never throws for network
 * or data problems; they come back as rows or problems.
 */
export async function runRefresh(
  config: RefreshConfig,
  options: { today: string; fetch?: FetchLike; probes?: readonly Probe[] },
): Promise<RefreshResult> {
  const { snapshot, problems } = await readSnapshot(config.snapshotPath)
  if (snapshot === undefined) return { ok: false, problems }
  const probes = options.probes ?? PROBES
  const outcomes = await Promise.all(probes.map((probe) => runProbe(probe, config, options.fetch)))
  const next = applyOutcomes(snapshot, outcomes, {
    today: options.today,
    maxChangeFactor: config.maxChangeFactor,
  })
  const fetched = new Set(probes.flatMap((p) => p.ids))
  const manualIds = Object.keys(snapshot.figures).filter((id) => !fetched.has(id))
  const read = next.rows.some((r) => r.status === 'updated' || r.status === 'unchanged')
  if (!read) return { ok: true, rows: next.rows, written: false, manualIds }
  const invalid = snapshotProblems(next.snapshot)
  if (invalid.length > 0) return { ok: false, problems: invalid.map((p) => `refreshed snapshot: ${p}`) }
  await writeFileAtomic(config.snapshotPath, `${JSON.stringify(next.snapshot, null, 2)}\n`)
  return { ok: true, rows: next.rows, written: true, manualIds }
}
