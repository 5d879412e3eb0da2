import { requireNumber } from './validate'

/**
 * Impermanent loss of a constant-product pool (x · y = k, Uniswap v2 whitepaper §2.1,
 * https://uniswap.org/whitepaper.pdf) after the price of one token relative to the other changes by the
 * factor `priceRatio` = p₁ / p₀, compared with simply holding the two deposited tokens. With price p the
 * pool holds x = √(k/p) and y = √(k·p), worth 2√(k·p); holding the deposit is worth √(k/p₀)·p + √(k·p₀). Their
 * ratio minus one:
 *
 *   IL(r) = 2√r / (1 + r) − 1
 *
 * e.g. r = 2 → 2√2 / 3 − 1 ≈ −5.72 %; r = 4 or ¼ → 4/5 − 1 = −20 %; r = 1 → 0. Never positive; fees are not
 * included.
 */
export function impermanentLoss(priceRatio: number): number {
  const r = requireNumber('priceRatio', priceRatio, {
    label: 'Price ratio',
    range: { min: 0, max: 1e12 },
    minExclusive: true,
    message: 'Price ratio must be more than 0 (1 means the price did not change)',
  })
  return (2 * Math.sqrt(r)) / (1 + r) - 1
}
