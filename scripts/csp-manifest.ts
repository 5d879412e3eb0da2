// After `next build`: hashes every prerendered page's inline scripts into .next/csp-manifest.json, which
// proxy.ts turns into each page's Content-Security-Policy. `npm run build` runs it; without it, prerendered
// pages would be served with a policy that blocks their own scripts.
import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildCspManifest, CSP_MANIFEST_FILE } from '@/lib/security/manifest'

const appDir = join(process.cwd(), '.next', 'server', 'app')
if (!existsSync(appDir)) {
  console.error('No build output in .next/server/app: run `next build` first (npm run build does both).')
  process.exit(1)
}
const manifest = buildCspManifest(appDir)
writeFileSync(join(process.cwd(), '.next', CSP_MANIFEST_FILE), JSON.stringify(manifest))
const counts = Object.values(manifest.scripts).map((h) => h.length)
console.log(
  `CSP manifest: ${counts.length} prerendered pages, ${Math.min(...counts)}–${Math.max(...counts)} inline scripts each, ${manifest.styles.length} inline styles`,
)
