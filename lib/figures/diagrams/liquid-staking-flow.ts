import type { DiagramModel } from '../diagram-model'

/** How a liquid staking token is minted, earns and is exited (ways-to-stake, "Liquid staking"). */
export const liquidStakingFlow: DiagramModel = {
  id: 'liquid-staking-flow',
  title: 'How a liquid staking token moves between you, the protocol, its operators and a market',
  caption:
    'You deposit ETH and receive a liquid staking token (LST); the protocol stakes the ETH through node operators and rewards raise what each token is worth. To leave, you either redeem through the protocol and wait for exits, or sell the token on a market at whatever price it trades.',
  nodes: [
    {
      id: 'you',
      title: 'You',
      detail: 'Hold the LST in your own wallet',
      tone: 'tip',
      wide: { col: 0, row: 0 },
      narrow: { col: 0, row: 1 },
    },
    {
      id: 'protocol',
      title: 'Liquid staking protocol',
      detail: 'Smart contracts mint and redeem the LST; redeeming waits for validator exits',
      tone: 'accent',
      wide: { col: 1, row: 0 },
      narrow: { col: 0, row: 2 },
    },
    {
      id: 'operators',
      title: 'Node operators',
      detail: 'Run the validators that stake the pooled ETH',
      tone: 'neutral',
      wide: { col: 2, row: 0 },
      narrow: { col: 0, row: 3 },
    },
    {
      id: 'market',
      title: 'Market (DEX or exchange)',
      detail: 'A fast exit, at a price that can be below the redemption value',
      tone: 'warning',
      wide: { col: 0, row: 1 },
      narrow: { col: 0, row: 0 },
    },
    {
      id: 'exits',
      title: 'Two ways out',
      detail:
        'Redeem through the protocol: the full value, after validator exits. Sell on a market: at once, at the market’s price.',
      tone: 'note',
      wide: { col: 1, row: 1, colSpan: 2 },
      narrow: { col: 0, row: 4 },
    },
  ],
  edges: [
    { from: 'you', to: 'protocol', label: 'ETH' },
    { from: 'protocol', to: 'you', label: 'LST' },
    { from: 'protocol', to: 'operators', label: 'ETH to stake' },
    { from: 'operators', to: 'protocol', label: 'rewards' },
    { from: 'you', to: 'market', label: 'LST' },
    { from: 'market', to: 'you', label: 'ETH' },
  ],
  gaps: { wide: { col: 84, row: 40 }, narrow: { row: 40 } },
  description: [
    'You deposit ETH into the liquid staking protocol and receive a liquid staking token (LST), which you hold in your own wallet.',
    'The protocol’s smart contracts pass the ETH to node operators, who run the validators.',
    'Rewards flow back to the protocol, which raises what each token is worth (or the number of tokens you hold).',
    'To leave, you redeem the LST through the protocol, which waits for validator exits, or sell it on a market (a DEX or exchange) for ETH at the market price, which can be below the redemption value.',
  ],
}
