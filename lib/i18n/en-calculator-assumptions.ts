import type { CompoundingKind, OutcomeAssumption, ProjectionAssumption } from '@/lib/calculator'
import { formatCount, formatPercent, formatPlain } from '@/lib/format'

const pct = (fraction: number) => formatPercent(fraction, 2)

function compoundingText(schedule: CompoundingKind, name: string | null): string {
  if (schedule.kind === 'none') return 'Rewards are not restaked (simple interest): balance = P·(1 + r·t)'
  if (schedule.kind === 'continuous') return 'Rewards are restaked continuously: balance = P·e^(r·t)'
  const n = schedule.n
  const how = name === null ? `${formatCount(n)} times a year` : `${name} (${formatCount(n)} times a year)`
  return `Rewards are restaked ${how}: balance = P·(1 + r/${n})^(${n}·t)`
}

/** A projection's assumption in words (`Projection.assumptions`), formula first where it has one. */
export function projectionAssumptionText(a: ProjectionAssumption): string {
  switch (a.id) {
    case 'net-apr':
      return `Net APR = APR × (1 − commission) = ${pct(a.apr)} × (1 − ${pct(a.commission)}) = ${pct(a.netApr)}.`
    case 'compounding':
      return `${compoundingText(a.schedule, a.name)}, with r the net APR and t = days ÷ 365.`
    case 'periods':
      return 'A year is 365 days. Rewards accrue evenly within a period and are restaked at its end; a part-period at the end earns simple interest.'
    case 'rate':
      return a.kind === 'held'
        ? 'The APR is assumed constant for the whole period, with full uptime and no slashing.'
        : 'The APR follows the network model year by year, with full uptime and no slashing.'
    case 'price':
      return `Final price = price × (1 + price change) = ${formatPlain(a.price)} × (1 + ${pct(a.priceChange)}); in between, the price moves in a straight line.`
    case 'real-yield':
      return `Real yield uses the Fisher relation: (1 + APY) ÷ (1 + inflation) − 1, with inflation ${pct(a.inflation)} a year.`
  }
}

/** An outcome simulation's assumption in words (`OutcomeRange.assumptions`). */
export function outcomeAssumptionText(a: OutcomeAssumption): string {
  switch (a.id) {
    case 'apr-drift':
      return 'Each year the APR is drawn uniformly from the drift range around the stated APR (never below 0).'
    case 'uptime':
      return 'Rewards scale with uptime; downtime penalties beyond lost rewards are ignored.'
    case 'slashing-chance':
      return 'A slashing event removes a share of the stake at that moment; its yearly chance applies pro rata to a part-year.'
    case 'price':
      return a.kind === 'range'
        ? 'The final price is drawn log-uniformly from the price range.'
        : 'The final price is fixed at price × (1 + price change).'
    case 'paths':
      return `${formatCount(a.paths)} paths with seed ${a.seed}; P10/P50/P90 are the 10th, 50th and 90th percentiles.`
  }
}
