import { RANGES } from './ranges'
import { requireNumber } from './validate'

/**
 * Real (inflation-adjusted) rate by the Fisher relation: (1 + nominal) / (1 + inflation) − 1.
 * Never nominal − inflation, which overstates real yield when rates are large
 * (Irving Fisher, "The Theory of Interest", 1930, ch. 2; see also the Fisher equation).
 *
 * For staking, "inflation" is the network's token issuance: a staker whose balance grows by the nominal
 * APY while supply grows by `inflation` keeps a (1 + APY)/(1 + inflation) share of the network.
 */
export function realYield(nominal: number, inflation: number): number {
  const n = requireNumber('apy', nominal, {
    label: 'Nominal yield',
    range: { min: -1, max: Number.MAX_VALUE },
    message: 'Nominal yield must be −100% or more',
  })
  const i = requireNumber('inflation', inflation, {
    label: 'Inflation',
    range: RANGES.inflation,
    message: 'Inflation must be between 0% and 1,000%',
  })
  return (1 + n) / (1 + i) - 1
}
