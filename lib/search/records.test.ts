import { describe, expect, it } from 'vitest'
import { glossaryRecords, routeOfBuiltHtml, stringLeaves } from './records'

describe('routeOfBuiltHtml', () => {
  it.each([
    ['(site)/learn/what-is-defi.html', '/learn/what-is-defi'],
    ['(site)/index.html', '/'],
    ['index.html', '/'],
    ['(site)/glossary.html', '/glossary'],
    ['(embed)/embed/calculator.html', '/embed/calculator'],
    ['(site)\\learn\\apr-vs-apy.html', '/learn/apr-vs-apy'],
    ['_not-found.html', undefined],
    ['_global-error.html', undefined],
  ])('%s → %s', (file, route) => {
    expect(routeOfBuiltHtml(file)).toBe(route)
  })
})

describe('glossaryRecords', () => {
  const entries = [
    { id: 'apr', term: 'APR', short: 's', long: 'Annual rate.', related: [], aliases: ['annual rate'] },
    { id: 'slashing', term: 'Slashing', short: 's', long: 'A penalty.', related: [] },
  ]

  it('makes one record per term linking to its anchor, titled by the term', () => {
    const records = glossaryRecords(entries, 'Glossary', 'Also called:')
    expect(records.map((r) => [r.url, r.meta.title, r.meta.section])).toEqual([
      ['/glossary#apr', 'APR', 'Glossary'],
      ['/glossary#slashing', 'Slashing', 'Glossary'],
    ])
  })

  it('indexes the term, its full definition and its aliases', () => {
    const [apr, slashing] = glossaryRecords(entries, 'Glossary', 'Also called:')
    expect(apr?.content).toBe('APR\nAnnual rate.\nAlso called: annual rate')
    expect(slashing?.content).toBe('Slashing\nA penalty.')
  })
})

describe('stringLeaves', () => {
  it('collects strings from nested objects and arrays and skips functions and numbers', () => {
    expect(stringLeaves({ a: 'x', b: { c: ['y', 2, () => 'no'] }, d: null })).toEqual(['x', 'y'])
  })
})
