/**
 * `npm run check:content`: validates every article and the glossary and prints every problem at once as
 * `content/file.mdx:LINE:COL field: message`. Exits 1 when there are errors (warnings alone pass).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { checkGlossary, glossaryIds, glossaryTermForms } from '@/lib/glossary'
import { GLOSSARY_FILE, locateGlossaryProblems } from '@/lib/content/glossary-problems'
import { readContent } from '@/lib/content/loader'
import { formatProblem, sortProblems } from '@/lib/content/problems'

const root = process.cwd()
const today = process.env.CONTENT_TODAY ?? new Date().toISOString().slice(0, 10)
const started = performance.now()

const glossaryProblems = locateGlossaryProblems(
  readFileSync(join(root, GLOSSARY_FILE), 'utf8'),
  checkGlossary(),
)
const report = readContent({
  root,
  today,
  glossaryIds: glossaryIds(),
  glossaryTerms: glossaryTermForms(),
  includeDrafts: false,
})
const problems = sortProblems([...glossaryProblems, ...report.problems])
const errors = problems.filter((p) => p.severity === 'error')
const warnings = problems.filter((p) => p.severity === 'warning')

for (const p of problems) console.log(formatProblem(p))
const ms = Math.round(performance.now() - started)
const summary = `${report.checked} article file(s) and ${glossaryIds().size} glossary terms checked in ${ms} ms: ${errors.length} error(s), ${warnings.length} warning(s)`
if (errors.length > 0) {
  console.error(`\n✖ ${summary}`)
  process.exit(1)
}
console.log(`✔ ${summary}`)
