// After the CSP manifest: writes every prerendered page brotli- and gzip-encoded to .next/precompressed/, named
// by its ETag, so server.mjs sends a copy compressed once instead of Next.js gzipping the page on every request
// (lib/http/precompressed.mjs). `npm run build` runs it; without it, pages are served as before, compressed per
// request.
import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { PRECOMPRESSED_DIR, writePrecompressed } from '@/lib/http/precompressed.mjs'
import { CSP_MANIFEST_FILE, prerenderedPages, type CspManifest } from '@/lib/security/manifest'

const next = join(process.cwd(), '.next')
const manifest = JSON.parse(readFileSync(join(next, CSP_MANIFEST_FILE), 'utf8')) as CspManifest
const pages = prerenderedPages(join(next, 'server', 'app')).map(({ file, route }) => {
  const etag = manifest.etags[route]
  if (etag === undefined) {
    console.error(
      `${route} has no ETag in .next/${CSP_MANIFEST_FILE}: run scripts/csp-manifest.ts first (npm run build does).`,
    )
    process.exit(1)
  }
  return { route, file, etag }
})
const outDir = join(next, PRECOMPRESSED_DIR)
rmSync(outDir, { recursive: true, force: true })
const totals = writePrecompressed(pages, outDir)
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`
console.log(
  `Precompressed ${totals.pages} pages: ${kb(totals.raw)} of HTML → ${kb(totals.br)} brotli, ${kb(totals.gzip)} gzip (.next/${PRECOMPRESSED_DIR})`,
)
