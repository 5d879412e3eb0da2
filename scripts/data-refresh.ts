/**
 * `npm run data:refresh`: reads the live network figures from the chains' own APIs (endpoints from
 * environment variables, see lib/data/refresh/config.ts and README), applies sanity bounds, writes
 * content/data/networks.json atomically and prints old → new. Exits 1 when any figure could not be
 * refreshed, 2 when the snapshot or the configuration is unusable; never prints a stack trace.
 */
import { readRefreshConfig } from '@/lib/data/refresh/config'
import { formatRefreshReport } from '@/lib/data/refresh/report'
import { runRefresh } from '@/lib/data/refresh/run'
import { todayUtc } from '@/lib/data/staleness'

async function main(): Promise<number> {
  const { config, problems } = readRefreshConfig(process.env)
  if (problems.length > 0) {
    console.error(`data:refresh: configuration problems:\n${problems.map((p) => `- ${p}`).join('\n')}`)
    return 2
  }
  console.log(
    `Refreshing ${config.snapshotPath} from\n  Ethereum ${config.endpoints.ethereum}\n  Solana   ${config.endpoints.solana}\n  Cosmos   ${config.endpoints.cosmos}\n`,
  )
  const result = await runRefresh(config, { today: todayUtc() })
  if (!result.ok) {
    console.error(`data:refresh: nothing written:\n${result.problems.map((p) => `- ${p}`).join('\n')}`)
    return 2
  }
  console.log(formatRefreshReport(result.rows, { ...result, snapshotPath: config.snapshotPath }))
  return result.rows.every((r) => r.status === 'updated' || r.status === 'unchanged') ? 0 : 1
}

main().then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    console.error(`data:refresh failed: ${error instanceof Error ? error.message : String(error)}`)
    process.exitCode = 2
  },
)
