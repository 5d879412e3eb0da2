import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { glossary } from '@/content/glossary'
import { parseMdx } from './mdx-ast'
import {
  findUnlinkedTerms,
  scanTermLinks,
  termForms,
  unlinkedTermMessage,
  type GlossaryTermForms,
} from './term-links'

const TERMS: GlossaryTermForms[] = [
  { id: 'validator', forms: ['Validator', 'validator node'] },
  { id: 'staking', forms: ['Staking', 'stake'] },
  { id: 'liquid-staking-token', forms: ['Liquid staking token', 'LST'] },
  { id: 'proof-of-stake', forms: ['Proof of stake', 'PoS'] },
  { id: 'slashing', forms: ['Slashing', 'slashed', 'slash'] },
  { id: 'commission', forms: ['Commission'], otherSenses: ['Securities and Exchange Commission'] },
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

  it('writes the message editors read, with the exact markup to use and the escape for another sense', () => {
    expect(unlinkedTermMessage({ id: 'validator', text: 'validators', at: { line: 1, column: 1 } })).toBe(
      '"validators" is in the glossary; link one use in this article where it means the glossary\'s term: <Term id="validator">validators</Term>. If this use means something else, put {/* not-a-term: validator */} right before it',
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

const scan = (body: string) => {
  const source = `---\ntitle: x\n---\n\n${body}\n`
  const found = scanTermLinks(parseMdx(source).tree!, source, TERMS)
  return [
    ...found.unlinked.map((t) => `${t.at.line}:${t.at.column} ${t.id} "${t.text}"`),
    ...found.senseMarkProblems.map((p) => `${p.at.line}:${p.at.column} ${p.message}`),
  ]
}

describe('words used in another sense', () => {
  it.each([
    [
      "never counts a term's other senses (a proper noun) as a use",
      'The US Securities and Exchange Commission spoke. A commission is a cut.',
      ['5:52 commission "commission"'],
    ],
    [
      'skips the use a not-a-term comment marks and reports the next one',
      'The {/* not-a-term: commission */}Commission met. The commission is 5%.',
      ['5:55 commission "commission"'],
    ],
    [
      'accepts a link on any later use once the earlier one is marked',
      'The {/* not-a-term: commission */}Commission met. The <Term id="commission">commission</Term> is 5%.',
      [],
    ],
    [
      'lets a comment on its own line cover the next paragraph',
      '{/* not-a-term: validator */}\n\nThe word validator here means something else.',
      [],
    ],
    ['lists several ids in one comment', 'A {/* not-a-term: validator, staking */}validator of a stake.', []],
    [
      'marks one use only: a second use in another sense needs its own comment',
      'A {/* not-a-term: validator */}validator and a validator.',
      ['5:48 validator "validator"'],
    ],
  ])('%s', (_name, body, expected) => {
    expect(scan(body)).toEqual(expected)
  })

  it.each([
    [
      'an unknown id',
      'A {/* not-a-term: validators */}validator.',
      '5:3 "validators" is not a glossary id; write {/* not-a-term: <glossary id> */} right before the word',
    ],
    [
      'a comment without its colon and id',
      'A {/* not-a-term validator */}validator.',
      '5:3 this not-a-term comment names no glossary id; write {/* not-a-term: <glossary id> */} right before the word',
    ],
    [
      'a comment that no use of its term follows in the same paragraph',
      'A {/* not-a-term: slashing */}validator.\n\nSlashed.',
      '5:3 not-a-term: no use of the glossary term "slashing" follows this comment in the same paragraph; write {/* not-a-term: <glossary id> */} right before the word, or remove the comment',
    ],
  ])('tells the editor exactly what is wrong with %s', (_name, body, message) => {
    expect(scan(body).filter((line) => !/^\d+:\d+ \w+ "/.test(line))).toEqual([message])
  })

  it('leaves ordinary comments alone', () => {
    expect(scan('{/* figure: the MEV supply chain */}\n\nNo glossary words.')).toEqual([])
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
      // Found by the fact-check of November 2026: each named a different concept.
      'eip-7251',
      'chain',
      'voluntary exit',
      'lp',
      'shared security',
      'skin in the game',
      'responsible disclosure',
      'minting',
      'availability',
      'cold wallet',
      'total stake',
      'liveness',
      'vc',
      'permit',
    ])
      expect(all).not.toContain(misleading)
  })

  it('files a block producer under block proposal: a producer proposes, a builder only assembles', () => {
    const owner = (form: string) => glossary.find((e) => termForms(e).includes(form))?.id
    expect(owner('block producer')).toBe('block-proposal')
  })
})
