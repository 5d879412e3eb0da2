export type Kind = 'style & layout' | 'script' | 'HTML parsing' | 'other'
export const KINDS: Kind[]
export function attributionFiles(report: string): { assets: [string, string]; attribution: string }
export function kindOfGroups(times: Record<string, number>): Kind
export function summarize(
  optimistic: { kind: string; blocking: number }[],
  pessimistic: { kind: string; blocking: number }[],
): { byKind: Record<Kind, number> }
