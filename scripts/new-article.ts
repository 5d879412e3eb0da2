/**
 * `npm run new:article -- "Title" [--section basics] [--difficulty beginner]`: writes content/<slug>.mdx with
 * valid frontmatter, as a draft placed last in its section. Refuses to overwrite an existing article.
 */
import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { glossaryIds } from '@/lib/glossary'
import { readContent } from '@/lib/content/loader'
import { scaffoldArticle, slugForTitle } from '@/lib/content/scaffold'
import { DIFFICULTIES, SECTION_IDS, type Difficulty, type SectionId } from '@/lib/content/sections'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    section: { type: 'string', default: 'basics' },
    difficulty: { type: 'string', default: 'beginner' },
  },
})
const fail = (message: string): never => {
  console.error(`✖ ${message}`)
  process.exit(1)
}
const title = positionals.join(' ').trim()
if (!title) fail('Give the title in quotes: npm run new:article -- "How slashing works" --section risks')
const section = values.section as SectionId
if (!SECTION_IDS.includes(section)) fail(`--section must be one of: ${SECTION_IDS.join(', ')}`)
const difficulty = values.difficulty as Difficulty
if (!DIFFICULTIES.includes(difficulty)) fail(`--difficulty must be one of: ${DIFFICULTIES.join(', ')}`)
const slug = slugForTitle(title)
if (!slug) fail('The title needs at least one letter or digit.')

const root = process.cwd()
const file = join(root, 'content', `${slug}.mdx`)
if (existsSync(file) || existsSync(join(root, 'content', slug)))
  fail(`content/${slug}.mdx already exists; pick another title.`)

const today = new Date().toISOString().slice(0, 10)
const existing = readContent({ root, today, glossaryIds: glossaryIds(), includeDrafts: true }).articles
const order =
  Math.max(0, ...existing.filter((a) => a.frontmatter.section === section).map((a) => a.frontmatter.order)) +
  1
writeFileSync(file, scaffoldArticle({ title, section, order, difficulty, today }))
console.log(`✔ Created content/${slug}.mdx (section ${section}, order ${order}, draft).`)
console.log(`  Preview: npm run dev → http://localhost:3000/learn/${slug}`)
console.log('  Check:   npm run check:content')
