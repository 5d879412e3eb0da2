#!/usr/bin/env node
// `npm run test:integration`: the production build behind the nginx front (security headers graded by the
// MDN HTTP Observatory, caching, HTTP fuzz) and the page-weight budgets, in Vitest. Needs `npm run build`.
// Ports: NEXT_PORTS (default 3121,3122), FRONT_HTTP_PORT (8480), FRONT_HTTPS_PORT (8843).
import { spawnSync } from 'node:child_process'
import { startStack } from './stack.mjs'

const nextPorts = (process.env.NEXT_PORTS ?? '3121,3122').split(',').map(Number)
const httpPort = Number(process.env.FRONT_HTTP_PORT ?? 8480)
const httpsPort = Number(process.env.FRONT_HTTPS_PORT ?? 8843)

const stack = await startStack({ nextPorts, httpPort, httpsPort })
if (stack.frontUnavailable) console.warn(`\n⚠ nginx front tests will be SKIPPED: ${stack.frontUnavailable}\n`)
let status = 1
try {
  const result = spawnSync(
    'npx',
    ['vitest', 'run', '--config', 'vitest.integration.config.mts', ...process.argv.slice(2)],
    {
      stdio: 'inherit',
      env: {
        ...process.env,
        NODE_EXTRA_CA_CERTS: stack.ca ?? process.env.NODE_EXTRA_CA_CERTS ?? '',
        STACK_DIRECT: stack.direct,
        STACK_UPSTREAMS: stack.upstreams.join(','),
        STACK_UPSTREAM_PIDS: stack.upstreamPids.join(','),
        STACK_RESTARTED_PIDS_FILE: stack.restartedPidsFile,
        STACK_FRONT_NONCE_KEY: stack.frontNonceKey,
        STACK_HTTP: stack.http ?? '',
        STACK_HTTPS: stack.https ?? '',
        STACK_HTTP_PORT: String(httpPort),
        STACK_HTTPS_PORT: String(httpsPort),
        STACK_BROTLI: stack.brotli ? '1' : '',
        STACK_FRONT_UNAVAILABLE: stack.frontUnavailable ?? '',
      },
    },
  )
  status = result.status ?? 1
} finally {
  await stack.stop()
}
process.exit(status)
