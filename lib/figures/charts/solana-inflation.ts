import { SOLANA_INFLATION, solanaInflationRate } from '@/lib/calculator'
import type { LineChartModel } from '../chart-model'
import { decimal, percent } from '../format'
import { samples } from '../scale'

const YEARS = 15

/** The first inflation year in which the taper reaches the terminal rate: initial · (1 − taper)^y = terminal. */
export function solanaFloorYear(): number {
  const { initial, taper, terminal } = SOLANA_INFLATION
  return Math.log(terminal / initial) / Math.log(1 - taper)
}

/** Solana's inflation schedule (`solanaInflationRate`): 8 % tapering by 15 % a year to a 1.5 % floor. */
export function solanaInflation(): LineChartModel {
  const { initial, taper, terminal } = SOLANA_INFLATION
  const floorYear = solanaFloorYear()
  return {
    kind: 'line',
    id: 'solana-inflation',
    title: 'Solana’s annual inflation rate over the years of its schedule',
    caption: `Solana’s inflation started at ${percent(initial)} a year and shrinks by ${percent(taper)} of itself each year until it reaches a permanent ${percent(terminal, 1)}.`,
    note: 'Computed by the site’s engine from the schedule in Solana’s validator code (initial rate, taper and terminal rate). Years are counted from the start of inflation in February 2021 in Solana’s own slot-based years, which run slightly behind calendar years.',
    x: {
      label: 'Years since inflation started',
      min: 0,
      max: YEARS,
      scale: 'linear',
      ticks: [0, 3, 6, 9, 12, 15],
      tick: (v) => decimal(v),
    },
    y: {
      label: 'Annual inflation',
      min: 0,
      max: 0.08,
      scale: 'linear',
      ticks: [0, 0.02, 0.04, 0.06, 0.08],
      tick: (v) => percent(v),
    },
    series: [
      {
        key: 'inflation',
        label: 'Annual inflation rate',
        color: 1,
        // Quarter-year samples plus the exact year the floor is reached, so the corner is drawn sharp.
        points: [...samples(0, YEARS, 61), floorYear]
          .sort((a, b) => a - b)
          .map((y) => ({ x: y, y: solanaInflationRate(y) })),
      },
    ],
    markers: [
      {
        x: floorYear,
        y: terminal,
        label: [`Floor reached after`, `${decimal(floorYear, 1)} years`],
      },
    ],
    rules: [{ axis: 'y', value: terminal, label: `Long-term rate ${percent(terminal, 1)}` }],
    table: {
      caption: 'Solana’s annual inflation rate by year of the schedule',
      columns: [
        { key: 'year', header: 'Years since start', rowHeader: true },
        { key: 'rate', header: 'Annual inflation', numeric: true },
      ],
      rows: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, floorYear, 12, 15].map((y) => ({
        year: Number.isInteger(y) ? decimal(y) : `${decimal(y, 1)} (floor reached)`,
        rate: percent(solanaInflationRate(y), 2),
      })),
    },
  }
}
