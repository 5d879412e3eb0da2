import fc from 'fast-check'

/**
 * Test helper: asserts that every number `waits` returns never falls as the queue (ETH, 0 … `max`) grows.
 * Shared by the activation, exit and slashed-exit property tests.
 */
export function assertMonotonicInQueue(waits: (queueEth: number) => number[], max = 1e9): void {
  const queue = fc.double({ min: 0, max, noNaN: true })
  fc.assert(
    fc.property(queue, queue, (a, b) => {
      const [lo, hi] = a <= b ? [a, b] : [b, a]
      const low = waits(lo)
      return waits(hi).every((wait, i) => wait >= (low[i] ?? Infinity))
    }),
  )
}
