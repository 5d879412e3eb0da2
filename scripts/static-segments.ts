// After `next build`: puts each article's static segments into its prerendered HTML, then removes the internal
// route that rendered them (lib/mdx/rehype-static-segments.mjs explains the design). `npm run build` runs it.
import { spliceStaticSegments } from '@/lib/build/static-segments'
import { join } from 'node:path'

const report = spliceStaticSegments(join(process.cwd(), '.next', 'server', 'app'))
for (const problem of report.problems) console.error(problem)
if (report.problems.length > 0) process.exit(1)
console.log(
  `Static parts: ${report.segments} in ${report.pages} pages (articles and the glossary), ${(report.bytes / 1024).toFixed(1)} KB of HTML put in place`,
)
