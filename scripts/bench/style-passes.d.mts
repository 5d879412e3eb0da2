export type StylePass = {
  startMs: number
  durationMs: number
  elementCount: number
  nodeIds: number[]
  pseudoStyles: number
}
export function stylePasses(events: unknown[], options?: { minElements?: number }): StylePass[]
export function describeCounts(counts: Record<string, number>): string
