import { ethereumConsensusApr, NETWORK_PRESETS } from '@/lib/calculator'
import { formatIsoDate } from '@/lib/format'
import type { LineChartModel } from '../chart-model'
import { decimal, percent } from '../format'
import { logSamples, niceTicks } from '../scale'

const MIN_STAKED_M = 5
const MAX_STAKED_M = 60
const TABLE_STAKED_M = [10, 20, 30, 40, 50, 60]

const aprAt = (millions: number) => ethereumConsensusApr(millions * 1e6)

/**
 * Ethereum's ideal consensus APR against total ETH staked (`ethereumConsensusApr`, 1/√S), with today's
 * total from the Ethereum preset marked, so a refreshed preset moves the marker.
 */
export function ethAprVsStaked(): LineChartModel {
  const today = NETWORK_PRESETS.ethereum.rewardModel.totalStakedEth
  const todayM = today.value / 1e6
  const asOf = today.kind === 'sourced' ? formatIsoDate(today.asOf) : 'an assumed figure'
  const rows = [...TABLE_STAKED_M, todayM]
    .sort((a, b) => a - b)
    .map((m) => ({
      staked: `${decimal(m, 2)}M ETH${m === todayM ? ' (latest figure)' : ''}`,
      apr: percent(aprAt(m), 2),
    }))
  return {
    kind: 'line',
    id: 'eth-apr-vs-staked',
    title: 'Ethereum consensus APR falls as total ETH staked rises',
    caption:
      'The more ETH is staked, the smaller each validator’s share of issuance: the ideal consensus reward rate falls with the square root of total stake.',
    note: `Computed by the site’s engine from the consensus specs’ reward formula, for a validator that performs every duty; execution fees and MEV are not included. Marked: ${decimal(todayM, 2)}M ETH staked as of ${asOf}.`,
    x: {
      label: 'Total ETH staked (millions)',
      min: MIN_STAKED_M,
      max: MAX_STAKED_M,
      scale: 'linear',
      ticks: niceTicks(10, MAX_STAKED_M, 5),
      tick: (v) => `${decimal(v)}M`,
    },
    y: {
      label: 'Consensus APR',
      min: 0,
      max: 0.08,
      scale: 'linear',
      ticks: niceTicks(0, 0.08, 4),
      tick: (v) => percent(v),
    },
    series: [
      {
        key: 'apr',
        label: 'Ideal consensus APR',
        color: 1,
        // Log-spaced, so the steep low end gets more of the points.
        points: logSamples(MIN_STAKED_M, MAX_STAKED_M, 56).map((m) => ({ x: m, y: aprAt(m) })),
      },
    ],
    markers: [
      {
        x: todayM,
        y: aprAt(todayM),
        label: [`${decimal(todayM, 2)}M ETH staked`, `${percent(aprAt(todayM), 2)} APR`],
      },
    ],
    rules: [],
    table: {
      caption: 'Ideal consensus APR at different totals of ETH staked',
      columns: [
        { key: 'staked', header: 'Total ETH staked', rowHeader: true },
        { key: 'apr', header: 'Consensus APR', numeric: true },
      ],
      rows,
    },
  }
}
