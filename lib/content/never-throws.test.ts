import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { readContent } from './loader'
import { formatProblem } from './problems'

/**
 * The content check must report every problem as `file:line:col field: message` and never throw, whatever an
 * editor types: malformed percent-escapes (`[x](#%zz)` used to crash with `URIError: URI malformed`), odd
 * image paths, broken YAML values and attribute values of any shape.
 */
const root = mkdtempSync(join(tmpdir(), 'content-fuzz-'))
const articleDir = join(root, 'content', 'fuzzed')
mkdirSync(articleDir, { recursive: true })
writeFileSync(join(articleDir, 'real.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>')
afterAll(() => rmSync(root, { recursive: true, force: true }))

const PROBLEM_LINE = /^content\/fuzzed\/index\.mdx:\d+:\d+ \S+: .+$/s

/** Text biased towards the characters that break URLs, YAML, Markdown and JSX. */
const tricky = fc.string({
  unit: fc.oneof(
    fc.constantFrom(
      '%',
      '%z',
      '%2',
      '%E0%A4%A',
      '%zz',
      '#',
      '?',
      '/',
      '../',
      '.',
      ':',
      '\\',
      '\0',
      ' ',
      '\n',
    ),
    fc.constantFrom('"', "'", '`', '{', '}', '[', ']', '(', ')', '<', '>', '&', '*', '_', '|', '$', '!'),
    fc.constantFrom('https://', 'http://', 'mailto:', '/learn/', '/glossary#', 'javascript:', 'real.svg'),
    fc.string({ unit: 'grapheme', maxLength: 3 }),
  ),
  maxLength: 24,
})

const yamlValue = fc.oneof(
  tricky,
  tricky.map((s) => JSON.stringify(s)),
  fc.constantFrom('[', '{', '- a', '2026-13-45', "'2026-02-30'", '.nan', '~', '!!binary x', '&a *a'),
)

const COMPONENTS = ['Callout', 'Example', 'Stat', 'Term', 'Figure', 'ApyCalculator', 'StakingFlow', 'Nope']
const attributeSource = fc.oneof(
  tricky.map((s) => `"${s.replace(/"/g, '')}"`),
  tricky.map((s) => `{${JSON.stringify(s)}}`),
  fc.double().map((n) => `{${n}}`),
  tricky.map((s) => `{${s}}`),
  fc.constant(''),
)

type ArticleParts = {
  field: string
  value: string
  link: string
  image: string
  component: string
  attribute: string
  attributeValue: string
}

/** A valid article apart from what the fuzzer or an example puts in `parts`. */
const VALID_PARTS: ArticleParts = {
  field: 'tags',
  value: '[a]',
  link: '#heading',
  image: './real.svg',
  component: 'Callout',
  attribute: 'type',
  attributeValue: '"tip"',
}

function article(parts: ArticleParts): string {
  const attr = parts.attributeValue === '' ? parts.attribute : `${parts.attribute}=${parts.attributeValue}`
  return [
    '---',
    "title: 'Fuzzed'",
    "description: 'An article written by fast-check to prove the content check never throws.'",
    'section: basics',
    'order: 1',
    'difficulty: beginner',
    "published: '2026-01-10'",
    "updated: '2026-02-01'",
    "reviewed: '2026-02-01'",
    `${parts.field}: ${parts.value}`,
    '---',
    '',
    '## Heading',
    '',
    `See [a link](${parts.link}) and [a reference][ref].`,
    '',
    `![a picture](${parts.image})`,
    '',
    `<${parts.component} ${attr}>text</${parts.component}>`,
    '',
    `[ref]: ${parts.link}`,
    '',
  ].join('\n')
}

/** Writes the article and runs the content check on it: the problem lines an editor would read. */
function problemLines(parts: ArticleParts): string[] {
  writeFileSync(join(articleDir, 'index.mdx'), article(parts))
  return readContent({ root, today: '2026-03-01', glossaryIds: new Set(), includeDrafts: true }).problems.map(
    formatProblem,
  )
}

const MALFORMED_ESCAPE = 'has a malformed percent-escape (% must be followed by two hex digits, e.g. %20)'

describe('the content check on arbitrary input', () => {
  it.each([
    [
      'a malformed percent-escape in an anchor',
      { link: '#%zz' },
      `content/fuzzed/index.mdx:15:5 link: "#%zz" ${MALFORMED_ESCAPE}`,
    ],
    [
      'a malformed percent-escape in an image path',
      { image: './%E0%A4%A.svg' },
      `content/fuzzed/index.mdx:17:1 image: "./%E0%A4%A.svg" ${MALFORMED_ESCAPE}`,
    ],
    [
      'a YAML alias without its anchor (found by the property below)',
      { value: '*%' },
      /^content\/fuzzed\/index\.mdx:2:1 frontmatter: is not valid YAML: Unresolved alias/,
    ],
  ] as const)('reports %s with its position instead of throwing', (_, parts, expected) => {
    const lines = problemLines({ ...VALID_PARTS, ...parts })
    expect(lines).toContainEqual(typeof expected === 'string' ? expected : expect.stringMatching(expected))
  })

  it('never throws, and every problem names file:line:col field: message', () => {
    fc.assert(
      fc.property(
        fc.record({
          field: fc.constantFrom('title', 'tags', 'sources', 'published', 'keyTakeaways', 'order', 'draft'),
          value: yamlValue,
          link: tricky,
          image: tricky,
          component: fc.constantFrom(...COMPONENTS),
          attribute: fc.constantFrom('type', 'id', 'value', 'source', 'asOf', 'apr', 'src', 'title'),
          attributeValue: attributeSource,
        }),
        (parts) => {
          for (const line of problemLines(parts)) expect(line).toMatch(PROBLEM_LINE)
        },
      ),
      { numRuns: 300 },
    )
  })
})
