import { appendFileSync } from 'node:fs'
import { expect, it } from 'vitest'
import { spawnNext, waitFor } from '../scripts/integration/stack.mjs'
import { getThroughFront as get } from './front-requests'
import { describeFront, stack, unique } from './stack'

/**
 * Failover: one of the two `next start` servers is killed in the middle of traffic; the front keeps answering
 * 200 (proxy_next_upstream retries the request on the other one, max_fails takes the dead one out), /healthz
 * through the front reports the survivor, and the pool takes the server back once it is restarted.
 */
const upstreamAddress = (url: string) => `127.0.0.1:${new URL(url).port}`
/** The server that answered: the last address nginx tried. */
const answeredBy = (r: Response) => r.headers.get('x-upstream')?.split(', ').at(-1)

describeFront('the nginx front when an upstream dies', () => {
  const pids = (process.env.STACK_UPSTREAM_PIDS ?? '').split(',').map(Number)
  const [survivor, victim] = stack.upstreams.map(upstreamAddress) as [string, string]
  const victimPort = Number(new URL(stack.upstreams[1]!).port)

  /** Starts the killed server again; it serves the rest of the suite and the stack stops it by its id. */
  async function restartVictim() {
    const restarted = spawnNext({
      port: victimPort,
      frontNonceKey: process.env.STACK_FRONT_NONCE_KEY,
      quiet: true,
    })
    restarted.unref()
    appendFileSync(process.env.STACK_RESTARTED_PIDS_FILE!, `${restarted.pid}\n`)
    await waitFor(`http://127.0.0.1:${victimPort}/healthz`, `next start :${victimPort}`)
  }

  it('keeps answering 200 while one server is killed mid-run, then takes it back', async () => {
    expect(pids).toHaveLength(2)
    type Outcome = { startedAt: number; complete: boolean; status: number }
    const outcomes: Outcome[] = []
    let killedAt = Number.POSITIVE_INFINITY
    const deadline = Date.now() + 40_000
    const startedAfterKill = () => outcomes.filter((o) => o.startedAt > killedAt).length
    try {
      // Four clients request pages that are not cached yet, so every request reaches an upstream. The kill
      // comes once traffic flows (8 answers), and the run goes on until 16 requests were sent after it.
      const client = async () => {
        while (startedAfterKill() < 16 && Date.now() < deadline) {
          const startedAt = Date.now()
          try {
            const response = await get(`/calculator?apr=4&amount=${unique()}`)
            const html = await response.text()
            outcomes.push({
              startedAt,
              complete: html.trimEnd().endsWith('</html>'),
              status: response.status,
            })
          } catch {
            outcomes.push({ startedAt, complete: false, status: 0 })
          }
          if (killedAt === Number.POSITIVE_INFINITY && outcomes.length >= 8) {
            killedAt = Date.now()
            process.kill(pids[1]!, 'SIGKILL')
          }
        }
      }
      await Promise.all([client(), client(), client(), client()])
      const after = outcomes.filter((o) => o.startedAt > killedAt)
      expect(after.length).toBeGreaterThanOrEqual(16)
      // Every request sent after the crash is answered in full by the survivor (refused and reset connections
      // are retried by proxy_next_upstream). Only a response the dying server was already streaming can be
      // cut: nginx cannot retry once it has passed bytes on, so those are allowed among the requests in flight.
      expect(after.filter((o) => o.status !== 200 || !o.complete)).toEqual([])
      const before = outcomes.filter((o) => o.startedAt <= killedAt)
      expect(before.filter((o) => o.complete && o.status === 200).length).toBeGreaterThanOrEqual(4)

      for (let i = 0; i < 4; i++) {
        const health = await get('/healthz')
        expect(health.status).toBe(200)
        expect(answeredBy(health)).toBe(survivor)
        expect(await health.json()).toMatchObject({ status: 'ok' })
      }
    } finally {
      // Even when an expectation failed, so the rest of the suite finds both servers.
      if (killedAt !== Number.POSITIVE_INFINITY) await restartVictim()
    }
    // nginx tries the server again once fail_timeout (10 s) has passed.
    await expect
      .poll(
        async () => {
          const health = await get('/healthz')
          await health.arrayBuffer()
          return answeredBy(health)
        },
        { timeout: 30_000, interval: 500 },
      )
      .toBe(victim)
  }, 120_000)
})
