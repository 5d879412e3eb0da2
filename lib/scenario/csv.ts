import { periodTable, projectStake } from '@/lib/calculator'
import { projectionAssumptionText } from '@/lib/i18n/en-calculator-assumptions'
import type { PeriodUnit } from '@/lib/calculator'
import { enCalculator as t } from '@/lib/i18n/en-calculator'
import { enCalculatorDocs } from '@/lib/i18n/en-calculator-docs'
import { describeCompounding } from './describe'
import { formatPercentValue, formatRate } from '@/lib/format'
import { networkInfo } from './network-info'
import { scenarioToStakeInput } from './stake-input'
import type { Scenario } from './types'

/**
 * The period table as CSV (RFC 4180, CRLF line ends) with a header block listing the date, the link that
 * reproduces the scenario, every setting, every assumption and the network figures with their sources.
 * Numbers are plain (no grouping, dot decimals) so spreadsheets read them as numbers.
 */
export type CsvRequest = {
  scenario: Scenario
  unit: PeriodUnit
  /** The day the file is made, YYYY-MM-DD (passed in: this module never reads the clock). */
  generatedOn: string
  /** Absolute link to the scenario. */
  link: string
}

/** A cell: quoted when needed; text that a spreadsheet could run as a formula is defused. */
export function csvCell(value: string | number): string {
  if (typeof value === 'number') return csvNumber(value)
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/** Up to 8 decimals, no grouping; astronomically large values keep their exponent. */
export function csvNumber(n: number): string {
  if (!Number.isFinite(n)) return ''
  if (Math.abs(n) >= 1e21) return String(n)
  return String(Number(n.toFixed(8)))
}

const row = (...cells: Array<string | number>) => cells.map(csvCell).join(',')

export function calculationCsv({ scenario: s, unit, generatedOn, link }: CsvRequest): string {
  const input = scenarioToStakeInput(s)
  const projection = projectStake(input)
  const rows = periodTable(input, unit)
  const f = t.form
  const lines: string[] = [
    row(enCalculatorDocs.csv.title),
    row(enCalculatorDocs.csv.generated, generatedOn),
    row(enCalculatorDocs.csv.link, link),
    row(t.educational),
    '',
    row(enCalculatorDocs.csv.setting, enCalculatorDocs.csv.value),
    row(f.amount.label, `${s.amount} ${s.symbol}`),
    row(f.rate[s.rateKind].label, formatPercentValue(s.rate)),
    row(t.results.netApr, formatRate(projection.netApr)),
    row(t.results.effectiveApy, formatRate(projection.effectiveApy)),
    row(f.compounding.label, describeCompounding(s.compounding)),
    row(f.commission.label, formatPercentValue(s.commission)),
    row(f.duration.label, `${s.days} ${f.units.days}`),
    row(f.price.label, s.price === undefined ? enCalculatorDocs.csv.noPrice : `${s.price} ${s.currency}`),
    row(
      f.priceChange.label,
      s.priceChange === undefined ? enCalculatorDocs.csv.noPrice : formatPercentValue(s.priceChange),
    ),
    row(
      f.inflation.label,
      s.inflation === undefined ? enCalculatorDocs.csv.noPrice : formatPercentValue(s.inflation),
    ),
  ]
  if (s.network !== undefined) {
    const info = networkInfo(s.network)
    lines.push(row(t.preset.model(info.name), info.explanation))
    for (const fig of [...info.figures, info.fee]) {
      const where = fig.source
        ? `${fig.source.title} (${fig.source.url}), ${t.preset.asOf(fig.asOf ?? '')}`
        : ''
      lines.push(row(fig.label, fig.value, fig.assumption ? (fig.note ?? t.preset.assumption) : where))
    }
  }
  for (const assumption of projection.assumptions)
    lines.push(row(enCalculatorDocs.csv.assumption, projectionAssumptionText(assumption)))
  const c = t.periods.columns
  const fiat = s.price !== undefined
  lines.push(
    '',
    row(
      c.period,
      c.endDay,
      `${c.start} (${s.symbol})`,
      `${c.rewards} (${s.symbol})`,
      `${c.end} (${s.symbol})`,
      `${c.cumulative} (${s.symbol})`,
      ...(fiat ? [`${c.endValue} (${s.currency})`] : []),
    ),
  )
  for (const r of rows) {
    lines.push(
      row(
        r.label,
        r.endDay,
        r.startBalance,
        r.rewards,
        r.endBalance,
        r.cumulativeRewards,
        ...(fiat ? [r.endValue ?? 0] : []),
      ),
    )
  }
  return `${lines.join('\r\n')}\r\n`
}
