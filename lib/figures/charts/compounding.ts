import { projectStake, type Compounding } from '@/lib/calculator'
import type { ChartColor, LineChartModel } from '../chart-model'
import { decimal, percent } from '../format'

const PRINCIPAL = 1_000
const APR = 0.08
const YEARS = 30
const TABLE_YEARS = [1, 5, 10, 20, 30]

type Frequency = { compounding: Compounding; label: string; color: ChartColor; dashed?: boolean }

const FREQUENCIES: readonly Frequency[] = [
  { compounding: 'daily', label: 'Daily', color: 1 },
  // Dashed, so the daily line shows through where the two nearly coincide.
  { compounding: 'monthly', label: 'Monthly', color: 3, dashed: true },
  { compounding: 'yearly', label: 'Yearly', color: 2 },
  { compounding: 'none', label: 'Never (simple)', color: 4, dashed: true },
]

/** Every n-th of the engine's points and always the last: smooth curves at an eighth of the markup. */
const everyNth = <T>(items: readonly T[], n: number): T[] =>
  items.filter((_, i) => i % n === 0 || i === items.length - 1)

const project = (compounding: Compounding, days: number) =>
  projectStake({ principal: PRINCIPAL, apr: APR, commission: 0, compounding, days })

/** Balance of 1,000 tokens at 8 % APR over 30 years for four compounding frequencies (`projectStake`). */
export function compoundingCurves(): LineChartModel {
  return {
    kind: 'line',
    id: 'compounding-frequencies',
    title: 'How often rewards are restaked changes the balance over 30 years',
    caption:
      'Restaking rewards makes the balance grow faster than simple interest; beyond monthly, restaking more often adds very little.',
    note: `Illustrative: ${decimal(PRINCIPAL)} tokens at ${percent(APR)} APR with no commission, computed by the site’s calculator engine.`,
    x: {
      label: 'Years',
      min: 0,
      max: YEARS,
      scale: 'linear',
      ticks: [0, 5, 10, 15, 20, 25, 30],
      tick: (v) => decimal(v),
    },
    y: {
      label: 'Balance (tokens)',
      min: 0,
      max: 12_000,
      scale: 'linear',
      ticks: [0, 3_000, 6_000, 9_000, 12_000],
      tick: (v) => decimal(v),
    },
    series: FREQUENCIES.map((f) => ({
      key: String(f.compounding),
      label: f.label,
      color: f.color,
      dashed: f.dashed,
      points: everyNth(project(f.compounding, YEARS * 365).series, 8).map((p) => ({
        x: p.day / 365,
        y: p.balance,
      })),
    })),
    markers: [],
    rules: [],
    table: {
      caption: `Balance of ${decimal(PRINCIPAL)} tokens at ${percent(APR)} APR by compounding frequency`,
      columns: [
        { key: 'years', header: 'After', rowHeader: true },
        ...FREQUENCIES.map((f) => ({ key: String(f.compounding), header: f.label, numeric: true })),
      ],
      rows: TABLE_YEARS.map((years) => ({
        years: `${decimal(years)} ${years === 1 ? 'year' : 'years'}`,
        ...Object.fromEntries(
          FREQUENCIES.map((f) => [
            String(f.compounding),
            decimal(project(f.compounding, years * 365).finalBalance, 2),
          ]),
        ),
      })),
    },
  }
}
