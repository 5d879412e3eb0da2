/**
 * `npm run link:terms [-- content/file.mdx …]`: wraps the first use of every glossary term an article does
 * not link yet in `<Term id="…">…</Term>`, the fix the content check's `term` rule asks for. Rewrites the
 * files in place and prints what it linked. Read the diff before committing: a word can be used in another
 * sense than the glossary's. Then undo that link and either fix the glossary (drop the alias, or add the longer
 * name to the entry's `otherSenses`) or put `{/* not-a-term: id *\/}` before the word; run it again and it
 * links the next use instead.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { glossaryIds, glossaryTermForms } from '@/lib/glossary'
import { readContent } from '@/lib/content/loader'
import { parseMdx } from '@/lib/content/mdx-ast'
import { findUnlinkedTerms } from '@/lib/content/term-links'

const root = process.cwd()
const wanted = process.argv.slice(2).map((f) => relative(root, join(root, f)))
const files = readContent({ root, today: '9999-12-31', glossaryIds: glossaryIds(), includeDrafts: true })
  .articles.map((a) => a.file)
  .filter((f) => wanted.length === 0 || wanted.includes(f))

let linked = 0
for (const file of files) {
  const source = readFileSync(join(root, file), 'utf8')
  const parsed = parseMdx(source)
  if (!parsed.tree) continue
  const lines = source.split('\n')
  const found = findUnlinkedTerms(parsed.tree, source, glossaryTermForms())
  // From the end backwards, so earlier positions stay valid.
  for (const term of [...found].reverse()) {
    const line = lines[term.at.line - 1] ?? ''
    const start = term.at.column - 1
    if (line.slice(start, start + term.text.length) !== term.text) {
      console.warn(`${file}:${term.at.line}:${term.at.column} skipped "${term.text}": link it by hand`)
      continue
    }
    lines[term.at.line - 1] =
      `${line.slice(0, start)}<Term id="${term.id}">${term.text}</Term>${line.slice(start + term.text.length)}`
    console.log(`${file}:${term.at.line}:${term.at.column} ${term.id} ← "${term.text}"`)
    linked++
  }
  if (found.length > 0) writeFileSync(join(root, file), lines.join('\n'))
}
console.log(`${linked} first use(s) linked in ${files.length} article(s)`)
