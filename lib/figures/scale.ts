/**
 * Scales and ticks for the site's charts: pure functions from data values to SVG coordinates.
 * A scale maps the closed domain [d0, d1] onto the range [r0, r1] (r1 < r0 for a y axis, SVG's y grows down).
 */
export type Scale = (value: number) => number

export type ScaleKind = 'linear' | 'log'

export function linearScale(domain: readonly [number, number], range: readonly [number, number]): Scale {
  const [d0, d1] = domain
  const [r0, r1] = range
  const span = d1 - d0
  if (!(span > 0)) throw new RangeError(`linearScale: empty domain [${d0}, ${d1}]`)
  return (value) => r0 + ((value - d0) / span) * (r1 - r0)
}

/** Base-10 logarithmic scale; the domain must be positive. */
export function logScale(domain: readonly [number, number], range: readonly [number, number]): Scale {
  const [d0, d1] = domain
  if (!(d0 > 0 && d1 > d0)) throw new RangeError(`logScale: domain must be positive and increasing`)
  const inner = linearScale([Math.log10(d0), Math.log10(d1)], range)
  return (value) => inner(Math.log10(value))
}

export function makeScale(
  kind: ScaleKind,
  domain: readonly [number, number],
  range: readonly [number, number],
): Scale {
  return kind === 'log' ? logScale(domain, range) : linearScale(domain, range)
}

/**
 * "Nice" tick values covering [min, max] with about `count` steps of 1, 2, 2.5 or 5 × 10ⁿ
 * (e.g. 0 … 0.083 with 5 → 0, 0.02, 0.04, 0.06, 0.08). Values are rounded to the step's decimals so
 * 0.1 + 0.2 never shows as 0.30000000000000004.
 */
export function niceTicks(min: number, max: number, count: number): number[] {
  if (!(max > min) || count < 1) return [min]
  const raw = (max - min) / count
  const magnitude = 10 ** Math.floor(Math.log10(raw))
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * magnitude >= raw) ?? 10) * magnitude
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1)
  const ticks: number[] = []
  for (let v = Math.ceil(min / step - 1e-9) * step; v <= max + step * 1e-9; v += step) {
    ticks.push(Number(v.toFixed(decimals)))
  }
  return ticks
}

/** Evenly spaced sample points from `from` to `to` inclusive (`count` ≥ 2). */
export function samples(from: number, to: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => from + ((to - from) * i) / (count - 1))
}

/** Sample points spaced evenly on a log scale from `from` to `to` inclusive (both positive). */
export function logSamples(from: number, to: number, count: number): number[] {
  return samples(Math.log10(from), Math.log10(to), count).map((e) => 10 ** e)
}
