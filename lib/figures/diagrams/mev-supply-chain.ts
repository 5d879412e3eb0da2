import type { DiagramModel } from '../diagram-model'
import { chain, steps } from './build'

/**
 * Ethereum's MEV supply chain under proposer–builder separation through MEV-Boost (flashbots/mev-boost
 * README; ethereum.org "Proposer-builder separation" and "MEV" pages).
 */
export const mevSupplyChain: DiagramModel = {
  id: 'mev-supply-chain',
  title: 'The MEV supply chain on Ethereum: searchers, builders, relays and proposers',
  caption:
    'Most Ethereum blocks are built outside the validator: searchers and block builders compete for the most valuable ordering of transactions, relays pass the best bid to the proposer through MEV-Boost, and the bid becomes part of the validator’s execution rewards.',
  nodes: [
    ...steps([
      {
        id: 'users',
        title: 'Users',
        detail: 'Send transactions with fees',
      },
      {
        id: 'searchers',
        title: 'Searchers',
        detail: 'Find profitable orderings; send bundles with tips',
      },
      {
        id: 'builders',
        title: 'Block builders',
        detail: 'Assemble whole blocks and bid for them',
        tone: 'warning',
      },
      {
        id: 'relays',
        title: 'Relays',
        detail: 'Hold blocks in escrow; pass on the best bid',
        tone: 'warning',
      },
      {
        id: 'proposer',
        title: 'Proposer',
        detail: 'The validator’s MEV-Boost picks the highest bid',
        tone: 'accent',
      },
    ]),
    {
      id: 'trust',
      title: 'What you trust',
      detail:
        'The proposer signs a block header without seeing the transactions; the relay then publishes the full block. Relays and builders can censor transactions or fail to deliver, and a few builders produce most blocks.',
      tone: 'note',
      wide: { col: 0, row: 1, colSpan: 5 },
      narrow: { col: 0, row: 5 },
    },
  ],
  edges: chain('users', 'searchers', 'builders', 'relays', 'proposer'),
  gaps: { wide: { col: 22, row: 18 } },
  description: [
    'Users send transactions with fees.',
    'Searchers look for profitable orderings of those transactions (for example arbitrage) and send bundles with tips to block builders.',
    'Block builders assemble whole blocks and bid for the right to have them proposed.',
    'Relays hold the blocks in escrow and pass the best bid on to the proposer.',
    'The proposer, a validator running MEV-Boost, picks the highest bid; the bid is paid to it as part of its execution rewards.',
    'The proposer signs a block header without seeing the transactions, and the relay then publishes the full block. Relays and builders can censor transactions or fail to deliver, and a few builders produce most blocks.',
  ],
}
