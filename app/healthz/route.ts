import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Health check for load balancers and the nginx front: the build this server runs and how long it has been up.
 * Rendered per request and never cached (a cached "healthy" would hide a dead server).
 */
export const dynamic = 'force-dynamic'

const startedAt = Date.now()
let buildId: string | undefined

function currentBuildId(): string {
  buildId ??= (() => {
    try {
      return readFileSync(join(process.cwd(), '.next', 'BUILD_ID'), 'utf8').trim()
    } catch {
      return 'development'
    }
  })()
  return buildId
}

export function GET() {
  return Response.json(
    { status: 'ok', buildId: currentBuildId(), uptimeSeconds: Math.round((Date.now() - startedAt) / 1000) },
    { headers: { 'Cache-Control': 'no-store' } },
  )
}
