import { aprToApy, compoundingKind } from './compounding'
import { projectionAssumptions } from './projection-assumptions'
import { DAYS_PER_YEAR, assertGrowthFits } from './growth'
import { growthCurve } from './growth-curve'
import { accrual, pathSegments, yearlyMeanAprs } from './rate-path'
import { assertStakeInput } from './stake-input'
import { linearPrice, seriesDays } from './series'
import type { FiatSummary, Projection, RealYield, SeriesPoint, StakeInput } from './types'

/**
 * Projects a stake. With net rate r = apr · (1 − commission), t = days / 365 and n periods a year:
 *
 * - periodic: P · (1 + r/n)^(n·t); continuous: P · e^(r·t); `'none'`: P · (1 + r·t)
 *   (standard compound interest; the contract formulas).
 * - Partial periods: the k = ⌊n·t⌋ whole periods compound and the remainder φ earns simple interest,
 *   P·(1 + r/n)^k·(1 + (r/n)·φ) (see `growth.ts`), so compounding never ends below not restaking.
 * - `ratePath` (optional): the gross APR changes over time; each period grows by the rewards accrued in it
 *   (`growth-curve.ts`). A constant path gives exactly the constant-rate result. `netApr` is then the mean
 *   net rate over the horizon, `effectiveApy` the annualised growth, and `rates.yearlyGrossApr` the mean
 *   gross APR of each year.
 * - Fiat: final price = price · (1 + priceChange); the series interpolates the price linearly by day.
 * - Real yield (when `inflation` is given) uses the Fisher relation (see `real-yield.ts`).
 *
 * Throws `CalculatorInputError` for any invalid field, and (field `days`) when the balance would grow more
 * than 10¹²⁰-fold, e.g. 1,000 % APR compounded daily for 30 years.
 */
export function projectStake(input: StakeInput): Projection {
  assertStakeInput(input)
  const { principal, apr, commission, compounding, days } = input
  const kind = compoundingKind(compounding)
  const years = days / DAYS_PER_YEAR
  const segments = pathSegments(input.ratePath, apr, commission, days)
  const simpleAccrual = accrual(segments, 0, days)
  const netApr = input.ratePath === undefined || days === 0 ? apr * (1 - commission) : simpleAccrual / years
  const lnAt = growthCurve(segments, kind, days)
  const finalLn = lnAt(days)
  assertGrowthFits(finalLn)
  const balanceAt = (day: number) => principal * Math.exp(lnAt(day))
  const simpleBalance = principal * (1 + simpleAccrual)
  // Compounding never ends below simple interest (Bernoulli); guard the last bit against rounding.
  const finalBalance =
    kind.kind === 'none' ? simpleBalance : Math.max(principal * Math.exp(finalLn), simpleBalance)
  const effectiveApy =
    input.ratePath === undefined || days === 0 ? aprToApy(netApr, compounding) : Math.expm1(finalLn / years)

  const price = input.price
  const priceChange = input.priceChange ?? 0
  const series: SeriesPoint[] = seriesDays(days).map((day) => {
    const balance = day === days ? finalBalance : balanceAt(day)
    const point: SeriesPoint = { day, balance, rewards: balance - principal }
    if (price !== undefined) {
      point.price = linearPrice(price, priceChange, day, days)
      point.value = balance * point.price
    }
    return point
  })

  const projection: Projection = {
    input: { ...input },
    principal,
    years,
    netApr,
    effectiveApy,
    finalBalance,
    rewards: finalBalance - principal,
    noCompounding: { finalBalance: simpleBalance, rewards: simpleBalance - principal },
    series,
    assumptions: [],
  }
  if (input.ratePath !== undefined)
    projection.rates = { yearlyGrossApr: yearlyMeanAprs(input.ratePath, days) }
  if (price !== undefined) projection.fiat = fiatSummary(principal, finalBalance, price, priceChange)
  if (input.inflation !== undefined)
    projection.real = realSummary(effectiveApy, finalBalance, input.inflation, years)
  projection.assumptions = projectionAssumptions(input, netApr)
  return projection
}

function fiatSummary(principal: number, finalBalance: number, price: number, change: number): FiatSummary {
  const endPrice = price * (1 + change)
  const startValue = principal * price
  const finalValue = finalBalance * endPrice
  return {
    startPrice: price,
    endPrice,
    startValue,
    finalValue,
    rewardsValue: (finalBalance - principal) * endPrice,
    gain: finalValue - startValue,
  }
}

function realSummary(apy: number, finalBalance: number, inflation: number, years: number): RealYield {
  return {
    inflation,
    apy: (1 + apy) / (1 + inflation) - 1,
    finalBalance: finalBalance / Math.exp(years * Math.log1p(inflation)),
  }
}
