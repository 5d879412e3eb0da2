import type { GlossaryProblem } from '@/lib/glossary'
import { problem, type ContentProblem, type Position } from './problems'

export const GLOSSARY_FILE = 'content/glossary.ts'

function positionOf(source: string, index: number): Position {
  const before = source.slice(0, Math.max(0, index))
  const lines = before.split('\n')
  return { line: lines.length, column: lines.at(-1)!.length + 1 }
}

/** Places glossary problems at the entry's `id: '…'` in content/glossary.ts so editors can jump there. */
export function locateGlossaryProblems(source: string, problems: GlossaryProblem[]): ContentProblem[] {
  return problems.map((p) => {
    const match = new RegExp(`id:\\s*['"\`]${p.id.replace(/[^a-z0-9-]/gi, '')}['"\`]`).exec(source)
    const at = match ? positionOf(source, match.index) : { line: 1, column: 1 }
    return problem(GLOSSARY_FILE, at, `glossary.${p.id}.${p.field}`, p.message)
  })
}
