import { describe, expect, it } from 'vitest'
import { locateGlossaryProblems } from '@/lib/content/glossary-problems'
import { formatProblem } from '@/lib/content/problems'
import { checkGlossary, getGlossary, glossaryIds, indexLetter } from './index'
import type { GlossaryEntry } from './types'

const entry = (id: string, related: string[] = [], extra: Partial<GlossaryEntry> = {}): GlossaryEntry => ({
  id,
  term: id.toUpperCase(),
  short: `A short definition of ${id}.`,
  long: `A longer definition of ${id}, in a sentence or two.`,
  related,
  ...extra,
})

describe('the glossary in content/glossary.ts', () => {
  it('is valid: unique ids, existing related ids, plain-text definitions', () => {
    expect(checkGlossary()).toEqual([])
  })

  it('has at least 50 terms, sorted A–Z for the page', () => {
    const terms = getGlossary().map((e) => e.term)
    expect(terms.length).toBeGreaterThanOrEqual(50)
    expect(terms).toEqual([...terms].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })))
  })

  it('defines APR as a staking reward rate, not a borrowing cost', () => {
    expect(glossaryIds().has('apr')).toBe(true)
    expect(getGlossary().find((e) => e.id === 'apr')?.short).toMatch(/reward/i)
  })
})

describe('checkGlossary', () => {
  it('reports duplicate ids, unknown and self-references, and text that is too long or not plain', () => {
    const problems = checkGlossary([
      entry('alpha', ['beta', 'missing']),
      entry('beta', ['beta']),
      entry('alpha'),
      entry('gamma', [], { short: 'x'.repeat(201) }),
      entry('delta', [], { long: 'Uses <b>markup</b>.' }),
    ])
    expect(problems).toEqual([
      { id: 'alpha', field: 'id', message: '"alpha" is used by two entries' },
      { id: 'gamma', field: 'short', message: 'is too long (200 characters at most)' },
      { id: 'delta', field: 'long', message: 'must be plain text (no <, >, { or })' },
      { id: 'alpha', field: 'related', message: '"missing" is not a glossary id' },
      { id: 'beta', field: 'related', message: 'an entry cannot be related to itself' },
    ])
  })

  it('reports an other-sense phrase that does not contain the term, since it could never stop a match', () => {
    const problems = checkGlossary([
      entry('commission', [], {
        term: 'Commission',
        aliases: ['validator fee'],
        otherSenses: ['Securities and Exchange Commission', 'European Council'],
      }),
    ])
    expect(problems).toEqual([
      {
        id: 'commission',
        field: 'otherSenses',
        message:
          '"European Council" does not contain "Commission", "validator fee", so it would never stop a match; list only phrases that contain the term\'s name or an alias',
      },
    ])
  })
})

describe('locateGlossaryProblems', () => {
  it('points each problem at its entry’s id in content/glossary.ts', () => {
    const source = 'export const glossary = [\n  {\n    id: \'apr\',\n  },\n  {\n    id: "b",\n  },\n]\n'
    const located = locateGlossaryProblems(source, [
      { id: 'b', field: 'related', message: '"x" is not a glossary id' },
      { id: 'apr', field: 'short', message: 'is too long (200 characters at most)' },
    ])
    expect(located.map(formatProblem)).toEqual([
      'content/glossary.ts:6:5 glossary.b.related: "x" is not a glossary id',
      'content/glossary.ts:3:5 glossary.apr.short: is too long (200 characters at most)',
    ])
  })
})

describe('indexLetter', () => {
  it.each([
    ['APR (annual percentage rate)', 'A'],
    ['Épargne', 'E'],
    ['51% attack', '#'],
  ])('%s is filed under %s', (term, letter) => {
    expect(indexLetter(entry('x', [], { term }))).toBe(letter)
  })
})
