import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fieldName, parseFrontmatter } from './frontmatter'
import { formatProblem } from './problems'

const valid = `---
title: 'A title'
description: 'A description that is long enough to pass.'
section: basics
order: 1
difficulty: beginner
published: '2026-01-01'
updated: '2026-01-01'
reviewed: '2026-01-01'
tags: [a]
keyTakeaways: ['First takeaway here.', 'Second takeaway here.']
sources:
  - title: 'Source'
    url: 'https://example.org'
    accessed: '2026-01-01'
---
`

describe('parseFrontmatter', () => {
  it('accepts a complete block', () => {
    expect(parseFrontmatter('x.mdx', valid).problems).toEqual([])
  })

  it.each([
    [
      'no opening fence',
      'title: x\n',
      'x.mdx:1:1 frontmatter: is missing: start the file with a --- line, the fields, then another --- line',
    ],
    [
      'no closing fence',
      '---\ntitle: x\n',
      'x.mdx:1:1 frontmatter: is not closed: add a --- line after the last field',
    ],
    [
      'broken YAML',
      "---\ntitle: 'x\n---\n",
      "x.mdx:2:10 frontmatter: is not valid YAML: Missing closing 'quote",
    ],
    [
      'a duplicated key',
      '---\ntitle: a\ntitle: b\n---\n',
      'x.mdx:3:1 frontmatter: is not valid YAML: Map keys must be unique',
    ],
  ])('reports %s', (_, source, expected) => {
    expect(parseFrontmatter('x.mdx', source).problems.map(formatProblem)[0]).toBe(expected)
  })

  it('suggests the closest field for a typo', () => {
    const source = valid.replace('title:', 'titel:')
    expect(parseFrontmatter('x.mdx', source).problems.map(formatProblem)).toContain(
      'x.mdx:2:1 titel: is not a known field (did you mean "title"?)',
    )
  })

  it('names a value written without a field name, on its line, instead of an empty field', () => {
    const source = valid.replace('title:', ': stray value\ntitle:')
    expect(parseFrontmatter('x.mdx', source).problems.map(formatProblem)).toEqual([
      'x.mdx:2:1 frontmatter: has a value with no field name before its colon: write `field: value`',
    ])
  })

  it('points a wrong nested value at its own line', () => {
    const source = valid.replace("accessed: '2026-01-01'", "accessed: 'yesterday'")
    expect(parseFrontmatter('x.mdx', source).problems.map(formatProblem)).toEqual([
      'x.mdx:15:15 sources[0].accessed: must be a real date written as "YYYY-MM-DD" (the day you read the source)',
    ])
  })

  it('never throws and always points inside the file, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.boolean(), (body, fenced) => {
        const source = fenced ? `---\n${body}\n---\n` : body
        const { problems } = parseFrontmatter('x.mdx', source)
        const lineCount = source.split('\n').length
        for (const p of problems) {
          expect(p.line).toBeGreaterThanOrEqual(1)
          expect(p.line).toBeLessThanOrEqual(lineCount)
          expect(p.column).toBeGreaterThanOrEqual(1)
        }
      }),
      { numRuns: 300 },
    )
  })

  it('reports every invalid field of arbitrary YAML values without throwing', () => {
    const scalar = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null))
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom('title', 'order', 'section', 'tags', 'draft', 'extra'), scalar),
        (fields) => {
          const yaml = Object.entries(fields)
            .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
            .join('\n')
          const result = parseFrontmatter('x.mdx', `---\n${yaml}\n---\n`)
          expect(result.data).toBeUndefined()
          expect(result.problems.length).toBeGreaterThan(0)
        },
      ),
    )
  })
})

describe('fieldName', () => {
  it.each([
    [['title'], 'title'],
    [['sources', 2, 'url'], 'sources[2].url'],
    [['keyTakeaways', 0], 'keyTakeaways[0]'],
  ])('writes %j as %s', (path, expected) => {
    expect(fieldName(path)).toBe(expected)
  })
})
