import { compoundingKind } from './compounding'
import type { Compounding, CompoundingKind } from './compounding'
import type { StakeInput } from './types'

/**
 * One assumption behind a projection, as an id and the numbers it used; the UI words it
 * (`projectionAssumptionText` in `lib/i18n`). Rates are decimal fractions.
 */
export type ProjectionAssumption =
  /** Net APR = APR × (1 − commission). */
  | { id: 'net-apr'; apr: number; commission: number; netApr: number }
  /** The schedule as the maths sees it, and its name when it has one ('daily', 'monthly', …). */
  | { id: 'compounding'; schedule: CompoundingKind; name: Exclude<Compounding, number> | null }
  /** A 365-day year; linear accrual within a period, restaked at its end; a part-period earns simple interest. */
  | { id: 'periods' }
  /** The APR held for the whole period (`held`) or following a rate path year by year (`path`). */
  | { id: 'rate'; kind: 'held' | 'path' }
  /** Final price = price × (1 + priceChange), linear in between. */
  | { id: 'price'; price: number; priceChange: number }
  /** Real yield by the Fisher relation with this yearly inflation. */
  | { id: 'real-yield'; inflation: number }

/** The assumptions a projection of `input` rests on, in the order a reader should see them. */
export function projectionAssumptions(input: StakeInput, netApr: number): ProjectionAssumption[] {
  const list: ProjectionAssumption[] = [
    { id: 'net-apr', apr: input.apr, commission: input.commission, netApr },
    {
      id: 'compounding',
      schedule: compoundingKind(input.compounding),
      name: typeof input.compounding === 'number' ? null : input.compounding,
    },
    { id: 'periods' },
    { id: 'rate', kind: input.ratePath === undefined ? 'held' : 'path' },
  ]
  if (input.price !== undefined)
    list.push({ id: 'price', price: input.price, priceChange: input.priceChange ?? 0 })
  if (input.inflation !== undefined) list.push({ id: 'real-yield', inflation: input.inflation })
  return list
}

/**
 * One assumption of the outcome simulation (`simulateOutcomes`): the yearly APR drawn from the drift range,
 * rewards scaled by uptime, slashing at a yearly chance (pro rata in a part-year), the final price drawn
 * from a range or fixed, and the number of paths with the seed.
 */
export type OutcomeAssumption =
  | { id: 'apr-drift' }
  | { id: 'uptime' }
  | { id: 'slashing-chance' }
  | { id: 'price'; kind: 'range' | 'fixed' }
  | { id: 'paths'; paths: number; seed: number }
