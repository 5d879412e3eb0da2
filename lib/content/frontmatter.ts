import { isMap, isNode, isScalar, LineCounter, parseDocument, type Document } from 'yaml'
import type { z } from 'zod'
import { frontmatterSchema, sourceSchema, type Frontmatter } from './schema'
import { problem, type ContentProblem, type Position } from './problems'

export type FrontmatterResult = {
  /** The validated frontmatter, or undefined when it has errors. */
  data: Frontmatter | undefined
  problems: ContentProblem[]
  /** Where each top-level or nested field starts in the file, for later cross-file checks. */
  positionOf: (path: ReadonlyArray<string | number>) => Position
}

const FENCE = '---'

/** Joins a path as editors write it: `sources[1].url`. */
export function fieldName(path: ReadonlyArray<PropertyKey>): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('')
}

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1))
      prev = tmp
    }
  }
  return row[b.length]!
}

function knownKeysAt(path: ReadonlyArray<PropertyKey>): string[] {
  if (path.length === 0) return Object.keys(frontmatterSchema.shape)
  if (path[0] === 'sources') return Object.keys(sourceSchema.shape)
  return []
}

function unknownKeyMessage(key: string, path: ReadonlyArray<PropertyKey>): string {
  const known = knownKeysAt(path)
  const close = known
    .map((k) => ({ k, d: levenshtein(key.toLowerCase(), k.toLowerCase()) }))
    .filter(({ d }) => d <= 2)
    .sort((a, b) => a.d - b.d)[0]
  return close
    ? `is not a known field (did you mean "${close.k}"?)`
    : `is not a known field (allowed: ${known.join(', ')})`
}

/**
 * Splits the YAML frontmatter from an MDX file, parses it as YAML 1.2 (so dates stay strings) and validates it
 * against the schema. Every problem carries the line and column of the offending value in the file.
 */
export function parseFrontmatter(file: string, source: string): FrontmatterResult {
  const problems: ContentProblem[] = []
  const start: Position = { line: 1, column: 1 }
  const lines = source.split('\n')
  if (lines[0]?.trimEnd() !== FENCE) {
    problems.push(
      problem(
        file,
        start,
        'frontmatter',
        'is missing: start the file with a --- line, the fields, then another --- line',
      ),
    )
    return { data: undefined, problems, positionOf: () => start }
  }
  const close = lines.findIndex((l, i) => i > 0 && l.trimEnd() === FENCE)
  if (close === -1) {
    problems.push(problem(file, start, 'frontmatter', 'is not closed: add a --- line after the last field'))
    return { data: undefined, problems, positionOf: () => start }
  }
  const yamlText = lines.slice(1, close).join('\n')
  const lineCounter = new LineCounter()
  const doc: Document = parseDocument(yamlText, {
    lineCounter,
    version: '1.2',
    uniqueKeys: true,
    prettyErrors: false,
  })
  // The YAML starts on the second line of the file.
  const toFile = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset)
    return { line: line + 1, column: col }
  }
  const positionOf = (path: ReadonlyArray<string | number>): Position => {
    for (let i = path.length; i >= 0; i--) {
      const node = i === 0 ? doc.contents : doc.getIn(path.slice(0, i), true)
      if (isNode(node) && node.range) return toFile(node.range[0])
    }
    return start
  }

  for (const error of doc.errors) {
    const reason = error.message.split('\n')[0] ?? 'is not valid YAML'
    problems.push(problem(file, toFile(error.pos[0]), 'frontmatter', `is not valid YAML: ${reason}`))
  }
  if (problems.length > 0) return { data: undefined, problems, positionOf }

  let raw: unknown
  try {
    raw = doc.contents === null ? {} : doc.toJS()
  } catch (error) {
    // toJS() throws for aliases it cannot resolve (`*a` before `&a`); report it where the document starts.
    const reason = (error as Error).message.split('\n')[0] ?? 'is not valid YAML'
    problems.push(
      problem(file, toFile(doc.contents?.range?.[0] ?? 0), 'frontmatter', `is not valid YAML: ${reason}`),
    )
    return { data: undefined, problems, positionOf }
  }
  const result = frontmatterSchema.safeParse(raw)
  problems.push(...unquotedDates(file, doc, raw, positionOf))
  if (result.success) return { data: problems.length === 0 ? result.data : undefined, problems, positionOf }

  for (const issue of result.error.issues as z.core.$ZodIssue[]) {
    if (issue.code === 'unrecognized_keys') {
      const container =
        issue.path.length === 0 ? doc.contents : doc.getIn(issue.path as (string | number)[], true)
      for (const key of issue.keys) {
        // A line that starts with its colon (`: x`) has no key; YAML reads it as null, JavaScript as ''.
        const nameless = key === ''
        const pair = isMap(container)
          ? container.items.find((item) =>
              nameless
                ? item.key === null ||
                  (isScalar(item.key) && (item.key.value === null || item.key.value === ''))
                : isScalar(item.key) && item.key.value === key,
            )
          : undefined
        // Where the key starts, or its value when it has none.
        const node = [pair?.key, pair?.value].find((n) => isNode(n) && n.range)
        const at =
          isNode(node) && node.range ? toFile(node.range[0]) : positionOf(issue.path as (string | number)[])
        problems.push(
          nameless
            ? problem(
                file,
                at,
                issue.path.length === 0 ? 'frontmatter' : fieldName(issue.path),
                'has a value with no field name before its colon: write `field: value`',
              )
            : problem(file, at, fieldName([...issue.path, key]), unknownKeyMessage(key, issue.path)),
        )
      }
      continue
    }
    problems.push(
      problem(file, positionOf(issue.path as (string | number)[]), fieldName(issue.path), issue.message),
    )
  }
  return { data: undefined, problems, positionOf }
}

/** Dates must be quoted so every YAML parser keeps them as text (an unquoted 2026-01-31 can become a Date). */
function unquotedDates(
  file: string,
  doc: Document,
  raw: unknown,
  positionOf: (path: ReadonlyArray<string | number>) => Position,
): ContentProblem[] {
  const paths: (string | number)[][] = [['published'], ['updated'], ['reviewed']]
  const sources = (raw as { sources?: unknown }).sources
  if (Array.isArray(sources)) sources.forEach((_, i) => paths.push(['sources', i, 'accessed']))
  const found: ContentProblem[] = []
  for (const path of paths) {
    const node = doc.getIn(path, true)
    if (
      isScalar(node) &&
      node.type === 'PLAIN' &&
      typeof node.value === 'string' &&
      /^\d{4}-\d{2}-\d{2}$/.test(node.value)
    ) {
      found.push(
        problem(file, positionOf(path), fieldName(path), `write the date in quotes: '${node.value}'`),
      )
    }
  }
  return found
}
