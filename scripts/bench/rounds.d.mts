export function roundRobin<T>(jobs: T[], rounds: number): { job: T; round: number }[]
export function median(xs: number[]): number
export function spread(xs: number[]): { min: number; median: number; max: number }
export function pairedMedianDelta(a: number[], b: number[]): number
