import type { GlossaryEntry } from '@/lib/glossary/types'

/** The glossary. Every `<Term id="…">` in an article must name an entry here. */
export const glossary = [
  {
    id: 'slashing',
    term: 'Slashing',
    short: 'A protocol penalty that destroys part of a validator’s stake for provably breaking the rules.',
    long: 'Slashing punishes provable misbehaviour such as signing two conflicting blocks. Part of the stake is destroyed and, on many networks, the validator is removed. Delegators to a slashed validator usually share the loss.',
    related: ['validator'],
  },
  {
    id: 'validator',
    term: 'Validator',
    short: 'A participant that locks stake as collateral and, in return, proposes and attests to blocks.',
    long: 'A validator runs software that follows the chain, proposes blocks when selected and votes on the blocks of others. Its stake is collateral that can be reduced if it breaks the protocol’s rules.',
    related: ['slashing'],
  },
] satisfies GlossaryEntry[]
