/**
 * Builds the Pagefind search index from the production HTML (`next build` must have run) into
 * `public/pagefind/`, which `next start` serves. Indexed: every prerendered article (only its
 * `data-pagefind-body` region), one record per glossary term (linking to its anchor) and the calculator and
 * walkthrough pages, which render from their URL and so have no prerendered HTML. `npm run build` runs it.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import * as pagefind from 'pagefind'
import { getGlossary } from '@/lib/glossary'
import { getDictionary } from '@/lib/i18n'
import { OFFLINE_FILE_LIST, OFFLINE_FOLDERS, type OfflineFileList } from '@/lib/search/offline-files'
import {
  glossaryRecords,
  routeOfBuiltHtml,
  SEARCH_LANGUAGE,
  stringLeaves,
  type SearchRecord,
} from '@/lib/search/records'

const root = process.cwd()
const builtApp = join(root, '.next', 'server', 'app')
const output = join(root, 'public', 'pagefind')
const t = getDictionary()

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name)
    if (entry.isDirectory()) return htmlFiles(full)
    return entry.name.endsWith('.html') ? [full] : []
  })
}

function fail(what: string, errors: string[]): never {
  console.error(`✖ Search index: ${what}\n  ${errors.join('\n  ')}`)
  process.exit(1)
}

const toolRecords: SearchRecord[] = [
  {
    url: '/calculator',
    content: stringLeaves([t.calculator.metaDescription, t.calculator.lead, t.calculator.form]).join('\n'),
    language: SEARCH_LANGUAGE,
    meta: { title: t.calculator.title, section: t.search.sections.tools },
  },
  {
    url: '/walkthrough',
    content: stringLeaves([t.walkthrough.description, t.walkthrough.lead]).join('\n'),
    language: SEARCH_LANGUAGE,
    meta: { title: t.walkthrough.title, section: t.search.sections.tools },
  },
]

const started = performance.now()
const { index, errors } = await pagefind.createIndex({ forceLanguage: SEARCH_LANGUAGE })
if (!index) fail('Pagefind did not start', errors)

let pages = 0
for (const file of htmlFiles(builtApp)) {
  const route = routeOfBuiltHtml(relative(builtApp, file))
  const html = readFileSync(file, 'utf8')
  // Articles only: the filtered /learn listings (/learn/section/…) have no indexed region.
  if (!route?.startsWith('/learn/') || !html.includes('data-pagefind-body')) continue
  const added = await index.addHTMLFile({ url: route, content: html })
  if (added.errors.length) fail(route, added.errors)
  pages += 1
}
if (pages === 0) fail('no prerendered article found', ['run `next build` first (npm run build does both)'])

const records = [
  ...toolRecords,
  ...glossaryRecords(getGlossary(), t.search.sections.glossary, t.glossary.aliases),
]
for (const record of records) {
  const added = await index.addCustomRecord(record)
  if (added.errors.length) fail(record.url, added.errors)
}

rmSync(output, { recursive: true, force: true })
const written = await index.writeFiles({ outputPath: output })
if (written.errors.length) fail('writing files', written.errors)
await pagefind.close()
// Pagefind also writes its ready-made UIs; the site has its own, so they would only be dead weight in public/.
for (const name of readdirSync(output)) {
  if (/^pagefind-(ui|modular-ui|component-ui|highlight)\./.test(name)) rmSync(join(output, name))
}

// What the search dialog downloads in idle time so that later searches work offline (lib/search/offline-files.ts).
const offline: OfflineFileList = { files: [], bytes: 0 }
for (const folder of OFFLINE_FOLDERS) {
  const dir = join(output, folder)
  if (!existsSync(dir)) continue
  for (const name of readdirSync(dir).sort()) {
    offline.files.push(`/pagefind/${folder}/${name}`)
    offline.bytes += statSync(join(dir, name)).size
  }
}
writeFileSync(join(output, OFFLINE_FILE_LIST), JSON.stringify(offline))

const ms = Math.round(performance.now() - started)
const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`
console.log(
  `✓ Search index: ${pages} articles and ${records.length} other records in ${ms} ms → public/pagefind/ ` +
    `(${offline.files.length} index files, ${kb(offline.bytes)}, saved for offline after the first search)`,
)
