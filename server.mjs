// The production server (`npm start`): Next.js's own request handler, plus prerendered pages sent as the copies
// `npm run build` compressed once (lib/http/precompressed.mjs) instead of gzipped again on every request.
// Usage: node server.mjs [-p PORT] [-H HOSTNAME]; PORT and HOSTNAME from the environment otherwise (3000,
// all interfaces). Needs `npm run build` first. README § "Serving" says why this is not `next start`.
import { createServer } from 'node:http'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { PRECOMPRESSED_DIR, precompressedServing } from './lib/http/precompressed.mjs'

const { values } = parseArgs({
  options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } },
})
const port = Number(values.port ?? process.env.PORT ?? 3000)
const hostname = values.hostname ?? process.env.HOSTNAME
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(
    `server.mjs: the port must be a whole number from 0 to 65535, not "${values.port ?? process.env.PORT}"`,
  )
  process.exit(1)
}

// As `next start` does: production mode, no telemetry; set before Next.js is loaded.
process.env.NODE_ENV = 'production'
process.env.NEXT_TELEMETRY_DISABLED ??= '1'
const { default: next } = await import('next')

const dir = process.cwd()
const copies = join(dir, '.next', PRECOMPRESSED_DIR)
if (!existsSync(copies)) {
  console.warn(
    'server.mjs: no compressed pages in .next: build with `npm run build`; serving pages as Next.js does.',
  )
}
const servePrecompressed = precompressedServing({ dir: copies })

const app = next({ dev: false, dir, hostname, port })
const handle = app.getRequestHandler()
await app.prepare()

const server = createServer((req, res) => {
  servePrecompressed(req, res)
  handle(req, res).catch((error) => {
    console.error(error)
    if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' })
    res.end('Internal Server Error')
  })
})
server.listen(port, hostname, () => {
  const { port: bound } = server.address()
  console.log(`▲ Staking Field Guide ready on http://${hostname ?? 'localhost'}:${bound}`)
})

for (const signal of ['SIGTERM', 'SIGINT']) {
  process.once(signal, () => {
    server.close(() => process.exit(0))
    server.closeIdleConnections()
    setTimeout(() => process.exit(0), 5_000).unref()
  })
}
