import type { OutcomeAssumption } from '@/lib/calculator'
import { formatCount } from '@/lib/format'

/**
 * The outcome simulation's assumptions in words, for the range of outcomes on /calculator. Apart from the
 * projection's (`en-calculator-assumptions.ts`), which the results panel shows on first load, because only the
 * lazily loaded deeper sections need these.
 */
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
