import type { DiagramModel, DiagramNode } from '../diagram-model'
import type { Tone } from '../layout-types'

type Method = { id: string; name: string; signs: string; moves: string }

/** The two questions of the ways-to-stake article, answered per method (its sections are the source). */
const METHODS: readonly Method[] = [
  { id: 'solo', name: 'Solo', signs: 'You', moves: 'You' },
  { id: 'delegated', name: 'Delegated', signs: 'The validator you chose', moves: 'You' },
  {
    id: 'pooled',
    name: 'Pooled',
    signs: 'The pool’s node operators',
    moves: 'The pool’s contract or operator',
  },
  {
    id: 'liquid',
    name: 'Liquid',
    signs: 'Operators picked by the protocol',
    moves: 'The protocol’s contracts; you hold a token',
  },
  { id: 'exchange', name: 'Exchange', signs: 'The exchange or its provider', moves: 'The exchange' },
]

const QUESTIONS = [
  { id: 'signs', title: 'Who signs validator duties?' },
  { id: 'moves', title: 'Who can move or withdraw the stake?' },
] as const

const tone = (answer: string): Tone => (answer.startsWith('You') ? 'tip' : 'neutral')

/** Wide: methods are columns and the questions rows; narrow: the same table turned, one method a row. */
const nodes: DiagramNode[] = [
  ...QUESTIONS.map((q, i) => ({
    id: `q-${q.id}`,
    title: q.title,
    heading: true,
    wide: { col: 0, row: i + 1 },
    narrow: { col: i + 1, row: 0 },
  })),
  ...METHODS.flatMap((m, i): DiagramNode[] => [
    {
      id: `m-${m.id}`,
      title: m.name,
      heading: true,
      wide: { col: i + 1, row: 0 },
      narrow: { col: 0, row: i + 1 },
    },
    ...QUESTIONS.map((q, j) => ({
      id: `${m.id}-${q.id}`,
      title: m[q.id],
      tone: tone(m[q.id]),
      weight: m[q.id] === 'You' ? ('bold' as const) : ('normal' as const),
      wide: { col: i + 1, row: j + 1 },
      narrow: { col: j + 1, row: i + 1 },
    })),
  ]),
]

export const whoHoldsTheKeys: DiagramModel = {
  id: 'who-holds-the-keys',
  title: 'Who signs validator duties and who controls the stake, for each way to stake',
  caption:
    'Going from solo to exchange staking, you hand over first the signing key and then control of the stake itself; boxes that say “You” are the parts you keep.',
  nodes,
  edges: [],
  gaps: { wide: { col: 8, row: 8 }, narrow: { col: 6, row: 6 } },
  columns: { wide: [1.15, 1, 1, 1, 1, 1], narrow: [0.8, 1, 1] },
  description: METHODS.map(
    (m) =>
      `${m.name} staking: signing by ${m.signs.replace(/^The /, 'the ').replace(/^You$/, 'you')}; stake moved or withdrawn by ${m.moves.replace(/^The /, 'the ').replace(/^You$/, 'you')}.`,
  ),
}
