import type { DiagramModel } from '../diagram-model'
import { everywhere } from './build'

/** The layers of restaking (EigenLayer docs: operators, AVSs, operator sets and slashing, live April 2025). */
export const restakingStack: DiagramModel = {
  id: 'restaking-stack',
  title: 'The restaking stack: the same staked ETH secures several layers',
  caption:
    'Restaking reuses stake that already secures Ethereum to back other services; every layer added on top is one more set of rules under which the same ETH can be slashed.',
  nodes: [
    {
      id: 'lrt',
      title: 'Liquid restaking token (optional)',
      detail: 'A token for the restaked position: its own contracts, fees and market price',
      tone: 'warning',
      ...everywhere({ col: 0, row: 0, colSpan: 3 }),
    },
    ...(['A', 'B', 'C'] as const).map((name, i) => ({
      id: `service-${name}`,
      title: `Service ${name}`,
      detail: 'Its own rules; can slash',
      tone: 'risk' as const,
      ...everywhere({ col: i, row: 1 }),
    })),
    {
      id: 'protocol',
      title: 'Restaking protocol (for example EigenLayer)',
      detail: 'Operators opt in to services; the same stake backs all of them',
      tone: 'note',
      ...everywhere({ col: 0, row: 2, colSpan: 3 }),
    },
    {
      id: 'ethereum',
      title: 'Ethereum staking',
      detail: 'Staked ETH (or a liquid staking token), slashable under Ethereum’s own rules',
      tone: 'accent',
      ...everywhere({ col: 0, row: 3, colSpan: 3 }),
    },
  ],
  edges: [],
  gaps: { wide: { col: 10, row: 10 }, narrow: { col: 6, row: 8 } },
  description: [
    'At the bottom, Ethereum staking: staked ETH, or a liquid staking token, slashable under Ethereum’s own rules.',
    'On top of it, a restaking protocol such as EigenLayer: operators opt in to services, and the same stake backs all of them.',
    'Above that, the services themselves (actively validated services), each with its own rules and its own power to slash.',
    'Optionally, at the top, a liquid restaking token represents the restaked position, with its own contracts, fees and market price.',
  ],
}
