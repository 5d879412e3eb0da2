import { compoundingKind } from './compounding'
import { DAYS_PER_YEAR } from './growth'
import { growthCurve } from './growth-curve'
import { pathSegments } from './rate-path'
import { linearPrice } from './series'
import { assertStakeInput } from './stake-input'
import type { StakeInput } from './types'
import { CalculatorInputError } from './errors'
import { projectStake } from './project'

export type PeriodUnit = 'year' | 'month'

export type PeriodRow = {
  /** 1-based period number. */
  index: number
  /** "Year 1", "Month 13", … */
  label: string
  /** Start and end in days since the start; a month is 365/12 days, so these may be fractional. */
  startDay: number
  endDay: number
  startBalance: number
  /** Rewards earned in this period (after commission). */
  rewards: number
  endBalance: number
  cumulativeRewards: number
  /** Present when a price was given: price at the end of the period (linear path) and values at it. */
  endPrice?: number
  endValue?: number
  rewardsValue?: number
}

const PERIOD_DAYS: Record<PeriodUnit, number> = { year: DAYS_PER_YEAR, month: DAYS_PER_YEAR / 12 }

/**
 * The projection as a per-year or per-month table, using exactly the `projectStake` formula, so the last
 * row's `endBalance` equals `projectStake(input).finalBalance`. A final part-period gets its own, shorter
 * row (e.g. 400 days → "Year 2" covers days 365–400). At most 100 years × 12 = 1,200 rows.
 */
export function periodTable(input: StakeInput, unit: PeriodUnit): PeriodRow[] {
  assertStakeInput(input)
  if (unit !== 'year' && unit !== 'month') {
    throw new CalculatorInputError('unit', 'Table period must be year or month')
  }
  const { principal, apr, commission, compounding, days } = input
  const kind = compoundingKind(compounding)
  const length = PERIOD_DAYS[unit]
  const count = Math.ceil(days / length - 1e-9)
  const lnAt = growthCurve(pathSegments(input.ratePath, apr, commission, days), kind, days)
  const final = projectStake(input).finalBalance
  const balanceAt = (day: number) => (day === days ? final : principal * Math.exp(lnAt(day)))
  const label = unit === 'year' ? 'Year' : 'Month'

  const rows: PeriodRow[] = []
  let startBalance = principal
  for (let i = 0; i < count; i += 1) {
    const startDay = i * length
    const endDay = Math.min(days, (i + 1) * length)
    const endBalance = balanceAt(endDay)
    const row: PeriodRow = {
      index: i + 1,
      label: `${label} ${i + 1}`,
      startDay,
      endDay,
      startBalance,
      rewards: endBalance - startBalance,
      endBalance,
      cumulativeRewards: endBalance - principal,
    }
    if (input.price !== undefined) {
      const endPrice = linearPrice(input.price, input.priceChange ?? 0, endDay, days)
      row.endPrice = endPrice
      row.endValue = endBalance * endPrice
      row.rewardsValue = row.rewards * endPrice
    }
    rows.push(row)
    startBalance = endBalance
  }
  return rows
}
