import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { glossary } from '@/content/glossary'
import { parseMdx } from './mdx-ast'
import { findUnlinkedTerms, termForms, unlinkedTermMessage, type GlossaryTermForms } from './term-links'

const TERMS: GlossaryTermForms[] = [
  { id: 'validator', forms: ['Validator', 'validator node'] },
  { id: 'staking', forms: ['Staking', 'stake'] },
  { id: 'liquid-staking-token', forms: ['Liquid staking token', 'LST'] },
  { id: 'proof-of-stake', forms: ['Proof of stake', 'PoS'] },
  { id: 'slashing', forms: ['Slashing', 'slashed', 'slash'] },
]

const find = (body: string, terms = TERMS) => {
  const source = `---\ntitle: x\n---\n\n${body}\n`
  return findUnlinkedTerms(parseMdx(source).tree!, source, terms).map(
    (t) => `${t.at.line}:${t.at.column} ${t.id} "${t.text}"`,
  )
}

describe('findUnlinkedTerms', () => {
  it.each([
    [
      'reports the first use of a term the article never links',
      'A validator signs. Validators vote.',
      ['5:3 validator "validator"'],
    ],
    ['matches plurals and any case', 'VALIDATORS sign.', ['5:1 validator "VALIDATORS"']],
    ['treats hyphens and spaces alike', 'A proof-of-stake chain.', ['5:3 proof-of-stake "proof-of-stake"']],
    ['matches whole words only', 'Stakeholders and validatorship.', []],
    ['does not read a word inside a hyphenated compound', 'A self-stake rule.', []],
    [
      'lets the longer form win, so a liquid staking token is not also staking',
      'Hold a liquid staking token.',
      ['5:8 liquid-staking-token "liquid staking token"'],
    ],
    [
      'accepts a <Term> anywhere in the article, with any text',
      'A validator.\n\nA <Term id="validator">node</Term>.',
      [],
    ],
    [
      'still protects a linked longer form from a shorter unlinked one',
      '<Term id="liquid-staking-token">LST</Term> and a liquid staking token.',
      [],
    ],
    [
      'ignores headings, code, links and the quiz',
      '## Validator\n\n`stake` [slashed](/x)\n\n<Quiz>\n  <Question prompt="p">\n    <Choice correct explanation="e">validator</Choice>\n  </Question>\n</Quiz>',
      [],
    ],
    [
      'points at the right column on a later line of an indented list item',
      '- One line about a\n  node that was slashed.',
      ['6:17 slashing "slashed"'],
    ],
    [
      'reads text inside components such as Callout',
      '<Callout type="note">\n  Your stake.\n</Callout>',
      ['6:8 staking "stake"'],
    ],
  ])('%s', (_name, body, expected) => {
    expect(find(body)).toEqual(expected)
  })

  it('writes the message editors read, with the exact markup to use', () => {
    expect(unlinkedTermMessage({ id: 'validator', text: 'validators', at: { line: 1, column: 1 } })).toBe(
      '"validators" is in the glossary; link its first use in this article: <Term id="validator">validators</Term>',
    )
  })

  it('points every report at the exact words in the source (property)', () => {
    const words = [
      'validator',
      'validators',
      'stake',
      'the',
      'a',
      'LST',
      'proof of stake',
      'slashed',
      'chain',
      '**stake**',
    ]
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 8 }), {
          minLength: 1,
          maxLength: 5,
        }),
        fc.constantFrom('', '- ', '> '),
        (lines, prefix) => {
          const body = lines
            .map((l, i) => `${i === 0 || prefix === '' ? prefix : ' '.repeat(prefix.length)}${l.join(' ')}`)
            .join('\n')
          const source = `---\ntitle: x\n---\n\n${body}\n`
          const sourceLines = source.split('\n')
          for (const t of findUnlinkedTerms(parseMdx(source).tree!, source, TERMS)) {
            const at = sourceLines[t.at.line - 1]!.slice(t.at.column - 1, t.at.column - 1 + t.text.length)
            expect(at).toBe(t.text)
          }
        },
      ),
      { numRuns: 200 },
    )
  })
})

describe('termForms', () => {
  it('splits a bracketed expansion into its own form and keeps the aliases', () => {
    expect(termForms({ term: 'APR (annual percentage rate)', aliases: ['reward rate'] })).toEqual([
      'APR',
      'annual percentage rate',
      'reward rate',
    ])
    expect(termForms({ term: 'Slashing' })).toEqual(['Slashing'])
  })

  it('gives no two glossary entries the same form, so every use points at one term', () => {
    const owner = new Map<string, string>()
    const clashes: string[] = []
    for (const e of glossary)
      for (const form of termForms(e).map((f) => f.toLowerCase().replace(/[\s-]+/g, ' '))) {
        const other = owner.get(form)
        if (other && other !== e.id) clashes.push(`${form}: ${other} and ${e.id}`)
        owner.set(form, e.id)
      }
    expect(clashes).toEqual([])
  })

  it('gives no glossary entry a form that is a common word in another sense', () => {
    const all = glossary.flatMap((e) => termForms(e).map((f) => f.toLowerCase()))
    for (const misleading of [
      'fee',
      'pool',
      'scam',
      'basis',
      'vote',
      'staker',
      'signing key',
      'node operator',
      'dpos',
      'churn limit',
      'restaking rewards',
      'allowance',
    ])
      expect(all).not.toContain(misleading)
  })
})
