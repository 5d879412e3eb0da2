import type { DiagramModel, DiagramNode } from '../diagram-model'

/** A distributed validator: 4 operators, threshold 3 (Obol and SSV documentation on threshold signing). */
const OPERATORS = [1, 2, 3, 4] as const

const operatorNodes: DiagramNode[] = OPERATORS.map((n, i) => ({
  id: `operator-${n}`,
  title: `Operator ${n}`,
  detail: `Own machine; key share ${n} of 4`,
  tone: 'neutral',
  wide: { col: i, row: 1 },
  // Phones: two operators above the validator and two below, so no arrow crosses a box.
  narrow: { col: i % 2, row: i < 2 ? 0 : 2 },
}))

export const dvtCluster: DiagramModel = {
  id: 'dvt-cluster',
  title: 'A distributed validator cluster: four operators share one validator key',
  caption:
    'With distributed validator technology (DVT), one validator’s key is split into shares held by several operators; any three of four can sign together, so one operator going offline or failing does not stop the validator.',
  nodes: [
    {
      id: 'validator',
      title: 'One validator',
      detail: 'One public key; its duties are signed by the cluster',
      tone: 'accent',
      wide: { col: 0, row: 0, colSpan: 4 },
      narrow: { col: 0, row: 1, colSpan: 2 },
    },
    ...operatorNodes,
    {
      id: 'threshold',
      title: 'Threshold: 3 of 4',
      detail:
        'Three signature shares combine into one valid signature; fewer than three cannot sign anything',
      tone: 'note',
      wide: { col: 0, row: 2, colSpan: 4 },
      narrow: { col: 0, row: 3, colSpan: 2 },
    },
  ],
  edges: OPERATORS.map((n) => ({ from: `operator-${n}`, to: 'validator', label: 'signature share' })),
  gaps: { wide: { col: 14, row: 34 }, narrow: { col: 10, row: 34 } },
  description: [
    'One validator, with one public key, has its duties signed by a cluster of four operators.',
    'Each operator runs its own machine and holds one share of the validator key.',
    'Any three of the four signature shares combine into one valid signature; fewer than three cannot sign anything, so one operator going offline or failing does not stop the validator.',
  ],
}
