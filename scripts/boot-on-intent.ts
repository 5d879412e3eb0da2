// After `next build` and scripts/static-segments.ts: prerendered articles start the framework on the reader's
// intent instead of while they load (lib/boot/on-intent.ts explains the design). `npm run build` runs it, before the
// CSP manifest, which then hashes the loader with the page's other inline scripts.
import { join } from 'node:path'
import { deferArticles } from '@/lib/boot/on-intent'

const report = deferArticles(join(process.cwd(), '.next', 'server', 'app'))
for (const problem of report.problems) console.error(problem)
if (report.problems.length > 0) process.exit(1)
console.log(
  `Boot on intent: ${report.pages} articles start their scripts when the reader reaches for the page`,
)
