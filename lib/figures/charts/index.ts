import type { ChartModel } from '../chart-model'
import { compoundingCurves } from './compounding'
import { ethAprVsStaked } from './eth-apr-vs-staked'
import { impermanentLossCurve } from './impermanent-loss'
import { liquidityTimeline } from './liquidity-timeline'
import { solanaInflation } from './solana-inflation'

/**
 * Every chart an article can place with `<Chart id="…" />`. Each builder calls the engine
 * (`lib/calculator`) when the page is rendered at build time, so a changed preset or formula changes the chart.
 */
export const CHARTS = {
  'eth-apr-vs-staked': ethAprVsStaked,
  'solana-inflation': solanaInflation,
  'compounding-frequencies': compoundingCurves,
  'impermanent-loss': impermanentLossCurve,
  'liquidity-timeline': liquidityTimeline,
} as const satisfies Record<string, () => ChartModel>

export type ChartId = keyof typeof CHARTS

export const CHART_IDS = Object.keys(CHARTS) as [ChartId, ...ChartId[]]

export function isChartId(id: string): id is ChartId {
  return Object.hasOwn(CHARTS, id)
}
