/**
 * The single source of truth for what every numeric input may be. Validation (`validate.ts`), the URL
 * parser's clamping and the UI's slider bounds all read these. Rates are decimal fractions (0.05 = 5 %).
 *
 * - `principal` 0 … 10¹² tokens (tiny stakes such as 1e-9 are fine).
 * - `apr` 0 … 10 (0 % … 1,000 %).
 * - `days` 0 … 36,500 whole days (100 years of 365 days).
 * - `price` 0 … 10⁹ fiat per token; `priceChange` −1 … 100 (−100 % … +10,000 % over the whole period).
 * - `inflation` 0 … 10 (annual network inflation, for real yield).
 * - `compoundingPeriods` 1 … 2⁵³−1 whole periods per year.
 * - `maxGrowthFactor`: a projection whose balance would grow more than 10¹²⁰-fold is refused (see
 *   `growth.ts`), so every result stays finite even after multiplying by a price.
 */
export const RANGES = {
  principal: { min: 0, max: 1e12 },
  apr: { min: 0, max: 10 },
  commission: { min: 0, max: 1 },
  days: { min: 0, max: 36_500 },
  price: { min: 0, max: 1e9 },
  priceChange: { min: -1, max: 100 },
  inflation: { min: 0, max: 10 },
  compoundingPeriods: { min: 1, max: Number.MAX_SAFE_INTEGER },
  years: { min: 0, max: 1_000 },
  maxGrowthFactor: 1e120,
} as const

export type Range = { readonly min: number; readonly max: number }
