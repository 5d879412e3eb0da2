/**
 * mulberry32: a small, fast 32-bit seeded generator returning floats in [0, 1). Public-domain algorithm by
 * Tommy Ettinger (as collected in bryc/code "PRNGs.md"). Good enough for Monte Carlo ranges, not for
 * anything secret. The same seed always yields the same sequence, so results are reproducible.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

/** Linear-interpolated quantile (Hyndman–Fan type 7, the spreadsheet default) of an ascending array. */
export function quantile(sorted: Float64Array, p: number): number {
  const position = (sorted.length - 1) * p
  const lower = Math.floor(position)
  const upper = Math.min(sorted.length - 1, lower + 1)
  const a = sorted[lower] ?? 0
  const b = sorted[upper] ?? 0
  return a + (b - a) * (position - lower)
}
