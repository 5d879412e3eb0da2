import type { CompoundingKind, ProjectionAssumption } from '@/lib/calculator'
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
