import { copyFile, mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import type { Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { snapshotProblems } from '../schema'
import type { RefreshConfig } from './config'
import { fixtureHandler, startFixtureServer } from './fixtures/routes'
import { PROBES } from './probes'
import { formatRefreshReport } from './report'
import { runRefresh } from './run'

/** The local recorded-response server and a closed port (3191 and 3199 unless DATA_FIXTURE_PORT / DATA_FIXTURE_CLOSED_PORT say otherwise). */
const PORT = Number(process.env.DATA_FIXTURE_PORT ?? 3191)
const CLOSED_PORT = Number(process.env.DATA_FIXTURE_CLOSED_PORT ?? 3199)
const FIGURES = PROBES.flatMap((p) => p.ids)

// The validators fixture is 17,500 entries (about 9 MB of JSON): allow for a busy machine.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 })

let server: Server
let folder: string

beforeAll(async () => {
  server = await startFixtureServer(fixtureHandler(), PORT)
  folder = await mkdtemp(join(tmpdir(), 'data-refresh-'))
})
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
  await rm(folder, { recursive: true, force: true })
})

async function copyOfSnapshot(name: string): Promise<string> {
  const path = join(folder, name)
  await copyFile('content/data/networks.json', path)
  return path
}

const config = (snapshotPath: string, port: number): RefreshConfig => ({
  snapshotPath,
  endpoints: {
    ethereum: `http://127.0.0.1:${port}/beacon`,
    solana: `http://127.0.0.1:${port}/solana`,
    cosmos: `http://127.0.0.1:${port}/cosmos`,
  },
  timeoutMs: 5000,
  maxChangeFactor: 3,
})

describe('npm run data:refresh against the local recorded-response server', () => {
  it('updates the snapshot copy, refuses the implausible, and prints old → new', async () => {
    const path = await copyOfSnapshot('networks.json')
    const result = await runRefresh(config(path, PORT), { today: '2026-11-30' })
    if (!result.ok) throw new Error(result.problems.join('\n'))
    expect(result.written).toBe(true)
    const byId = Object.fromEntries(result.rows.map((r) => [r.id, r]))
    expect(Object.keys(byId).sort()).toEqual([...FIGURES].sort())
    // 17,500 validators of 2,048 ETH: 35,840,000 ETH; on 42,334,251: −6,494,251 / 42,334,251 = −15.34 %
    expect(byId['ethereum.totalStaked']).toMatchObject({
      status: 'updated',
      new: 35_840_000,
      changePct: expect.closeTo(-15.3404, 3),
    })
    // 901,697 → 17,500 is a 0.02× change: refused, old value kept
    expect(byId['ethereum.validatorCount']).toMatchObject({ status: 'refused', new: 17_500 })
    // queues swing: 2,262,825 → 33 ETH and 1,728 → 900 × 2,048 = 1,843,200 ETH are both taken
    expect(byId['ethereum.entryQueue']).toMatchObject({ status: 'updated', old: 2_262_825, new: 33 })
    expect(byId['ethereum.exitQueue']).toMatchObject({ status: 'updated', old: 1728, new: 1_843_200 })
    expect(byId['solana.epochDays']).toMatchObject({ status: 'updated', new: expect.closeTo(2, 9) })
    expect(byId['cosmos.unbondingDays']).toMatchObject({ status: 'unchanged', new: 21 })

    const written: unknown = JSON.parse(await readFile(path, 'utf8'))
    expect(snapshotProblems(written)).toEqual([])
    const figures = (written as { figures: Record<string, { value: number; asOf: string; method: string }> })
      .figures
    expect(figures['ethereum.totalStaked']).toMatchObject({
      value: 35_840_000,
      asOf: '2026-11-30',
      method: 'api',
    })
    expect(figures['ethereum.validatorCount']).toMatchObject({
      value: 901_697,
      asOf: '2026-08-22',
      method: 'manual',
    })
    expect(figures['ethereum.maxSeedLookahead']).toMatchObject({ value: 4, method: 'spec' })
    expect((await readdir(folder)).filter((f) => f.endsWith('.tmp'))).toEqual([])

    const report = formatRefreshReport(result.rows, { ...result, snapshotPath: path })
    expect(report).toMatch(/ethereum\.totalStaked\s+42,334,251\s+35,840,000\s+-15\.34%\s+updated/)
    expect(report).toMatch(
      /ethereum\.validatorCount\s+901,697\s+17,500\s+—\s+REFUSED, kept old value: changed 0\.02×/,
    )
    expect(report).toContain(`Wrote ${path}.`)
    expect(report).toContain(
      'Kept by hand (not fetched; check them against their sources): ethereum.churnLimitQuotient,',
    )
  })

  it('with the server down changes nothing and reports every figure it could not refresh', async () => {
    const path = await copyOfSnapshot('untouched.json')
    const before = await readFile(path, 'utf8')
    const result = await runRefresh(config(path, CLOSED_PORT), { today: '2026-11-30' })
    if (!result.ok) throw new Error(result.problems.join('\n'))
    expect(result.written).toBe(false)
    expect(await readFile(path, 'utf8')).toBe(before)
    expect(result.rows.map((r) => r.id).sort()).toEqual([...FIGURES].sort())
    for (const row of result.rows) {
      expect(row.status).toBe('failed')
      expect(row.reason).toMatch(/^network error: .*ECONNREFUSED/)
    }
    expect(formatRefreshReport(result.rows, { ...result, snapshotPath: path })).toContain(
      `0 updated, 0 unchanged, ${FIGURES.length} failed, 0 refused.\nNothing could be read: ${path} is unchanged.`,
    )
  })

  it('refuses to start on an invalid snapshot and says where the problem is', async () => {
    const path = join(folder, 'missing.json')
    expect(await runRefresh(config(path, PORT), { today: '2026-11-30' })).toEqual({
      ok: false,
      problems: [`cannot read ${path}`],
    })
  })
})
