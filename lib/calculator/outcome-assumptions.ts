import { slashingLoss } from './penalties'
import type { AssumedFigure, NetworkId, Source } from './presets/types'

/**
 * Yearly chance of a slashing event in the outcome range: an illustrative assumption (slashings are rare
 * and mostly hit operators who run the same keys twice), not a measured rate.
 */
export const SLASHING_ANNUAL_PROBABILITY: AssumedFigure = {
  kind: 'assumption',
  value: 0.005,
  unit: 'per year',
  note: 'Illustrative: a 1-in-200 chance a year that the validator holding the stake is slashed.',
}

/** Share of stake lost to slashing in the outcome range when no network is chosen (illustrative). */
export const GENERIC_SLASHED_FRACTION: AssumedFigure = {
  kind: 'assumption',
  value: 0.01,
  unit: 'share of stake',
  note: 'Illustrative: 1% of the stake, for a scenario without a network.',
}

export type SlashingAssumption = {
  network: NetworkId | null
  /** Why the numbers are what they are, as an id for the UI. */
  basis: 'no-protocol-slashing' | 'isolated-slash' | 'double-sign' | 'illustrative'
  annualProbability: number
  /** Share of the stake one event removes. */
  fraction: number
  source: Source | null
}

/**
 * The slashing assumption of the outcome range, per network, from the penalty presets: Solana has no
 * protocol slashing (probability 0); an Ethereum event is an isolated slash of one validator (initial
 * 1/4,096, the correlation share of one validator and the missed-duty penalties until withdrawable,
 * `slashingLoss`); a Cosmos Hub event is a double-sign slash of 5 %. The yearly chance is the same
 * illustrative `SLASHING_ANNUAL_PROBABILITY` wherever the protocol slashes.
 */
export function slashingAssumption(network: NetworkId | undefined): SlashingAssumption {
  const p = SLASHING_ANNUAL_PROBABILITY.value
  if (network === undefined) {
    return {
      network: null,
      basis: 'illustrative',
      annualProbability: p,
      fraction: GENERIC_SLASHED_FRACTION.value,
      source: null,
    }
  }
  const loss = slashingLoss({ network, stake: network === 'ethereum' ? 32 : 1 })
  if (!loss.supported) {
    return { network, basis: 'no-protocol-slashing', annualProbability: 0, fraction: 0, source: loss.source }
  }
  return {
    network,
    basis: network === 'ethereum' ? 'isolated-slash' : 'double-sign',
    annualProbability: p,
    fraction: loss.fraction,
    source: loss.parts[0]?.source ?? null,
  }
}
