import { impermanentLoss } from '@/lib/calculator'
import type { LineChartModel } from '../chart-model'
import { percent, times } from '../format'
import { logSamples } from '../scale'

const TABLE_RATIOS = [0.1, 0.25, 0.5, 0.75, 1, 1.25, 1.5, 2, 3, 4, 5, 10]

/** The impermanent-loss curve of a constant-product pool (`impermanentLoss`), on a log price axis. */
export function impermanentLossCurve(): LineChartModel {
  return {
    kind: 'line',
    id: 'impermanent-loss',
    title: 'Impermanent loss of a constant-product pool against the change in price',
    caption:
      'The further one token’s price moves from where you deposited, in either direction, the more a pool position falls behind simply holding the two tokens.',
    note: 'Computed by the site’s engine from the constant-product rule x · y = k, before trading fees. The price axis is logarithmic, so halving and doubling sit the same distance from “no change”.',
    x: {
      label: 'Relative price (1× = at deposit)',
      min: 0.1,
      max: 10,
      scale: 'log',
      ticks: [0.1, 0.25, 0.5, 1, 2, 4, 10],
      tick: (v) => times(v),
    },
    y: {
      label: 'Value compared with holding',
      min: -0.5,
      max: 0,
      scale: 'linear',
      ticks: [-0.5, -0.4, -0.3, -0.2, -0.1, 0],
      tick: (v) => (v === 0 ? '0%' : percent(v)),
    },
    series: [
      {
        key: 'loss',
        label: 'Impermanent loss',
        color: 2,
        points: logSamples(0.1, 10, 61).map((r) => ({ x: r, y: impermanentLoss(r) })),
      },
    ],
    markers: [
      { x: 2, y: impermanentLoss(2), label: ['Price doubles:', percent(impermanentLoss(2), 1)] },
      {
        x: 0.25,
        y: impermanentLoss(0.25),
        label: ['Falls to a quarter:', percent(impermanentLoss(0.25), 1)],
      },
    ],
    rules: [],
    table: {
      caption: 'Impermanent loss by change in relative price',
      columns: [
        { key: 'ratio', header: 'Relative price', rowHeader: true },
        { key: 'loss', header: 'Value compared with holding', numeric: true },
      ],
      rows: TABLE_RATIOS.map((r) => ({ ratio: times(r), loss: percent(impermanentLoss(r), 2) })),
    },
  }
}
