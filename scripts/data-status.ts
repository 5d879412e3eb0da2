/**
 * `npm run data:status`: lists every figure in content/data/networks.json with its age and flags the
 * stale ones (older than their maxAgeDays). Exits 1 when the snapshot is invalid; stale figures alone
 * do not fail (set DATA_STATUS_STRICT=1 to fail on them). DATA_TODAY=YYYY-MM-DD fixes the date.
 */
import { readFileSync } from 'node:fs'
import { snapshotProblems, type Snapshot } from '@/lib/data/schema'
import { formatStatus, statusRows } from '@/lib/data/status'
import { todayUtc } from '@/lib/data/staleness'

const path = process.env.DATA_SNAPSHOT ?? 'content/data/networks.json'
const today = process.env.DATA_TODAY ?? todayUtc()

function main(): number {
  let json: unknown
  try {
    json = JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    console.error(
      `data:status: cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`,
    )
    return 1
  }
  const problems = snapshotProblems(json)
  if (problems.length > 0) {
    console.error(`data:status: ${path} is invalid:\n${problems.map((p) => `- ${p}`).join('\n')}`)
    return 1
  }
  const rows = statusRows(json as Snapshot, today)
  console.log(formatStatus(rows, today))
  return process.env.DATA_STATUS_STRICT === '1' && rows.some((r) => r.stale) ? 1 : 0
}

process.exitCode = main()
