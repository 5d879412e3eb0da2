import type { Position } from './problems'

/**
 * The editor's escape for a glossary word used in another sense: an MDX comment right before the word,
 *
 * ```mdx
 * the US Securities and Exchange {/* not-a-term: commission *\/}Commission
 * ```
 *
 * tells the term rule (and `npm run link:terms`) that the next use of that term's words in the same
 * paragraph is not the glossary's term. On a line of its own, the comment covers the next paragraph.
 * Several ids may be listed, separated by commas.
 */
export type SenseMark = {
  /** The glossary id the marked word does not mean. */
  id: string
  /** Where the comment starts in the MDX source. */
  at: Position
}

/** A comment the term rule cannot use, with the message the editor reads. */
export type SenseMarkProblem = { at: Position; message: string }

const MARK = /^\s*\/\*\s*not-a-term\b([\s\S]*?)\*\/\s*$/
const IDS = /^\s*:\s*([a-z0-9]+(?:-[a-z0-9]+)*(?:\s*,\s*[a-z0-9]+(?:-[a-z0-9]+)*)*)\s*$/

/** The usage line every message about a sense mark ends with. */
export const SENSE_MARK_USAGE = 'write {/* not-a-term: <glossary id> */} right before the word'

/**
 * Reads one MDX expression. Not a `not-a-term` comment → `undefined`; a well-formed one → its ids; a
 * malformed one or an unknown id → a problem.
 */
export function readSenseMark(
  expression: string,
  at: Position,
  knownIds: ReadonlySet<string>,
): { marks: SenseMark[] } | { problem: SenseMarkProblem } | undefined {
  const mark = MARK.exec(expression)
  if (!mark) return undefined
  const ids = IDS.exec(mark[1]!)
  if (!ids)
    return { problem: { at, message: `this not-a-term comment names no glossary id; ${SENSE_MARK_USAGE}` } }
  const list = ids[1]!.split(',').map((id) => id.trim())
  const unknown = list.find((id) => !knownIds.has(id))
  if (unknown) return { problem: { at, message: `"${unknown}" is not a glossary id; ${SENSE_MARK_USAGE}` } }
  return { marks: list.map((id) => ({ id, at })) }
}

/** The message for a mark that no use of its term follows in the same paragraph. */
export function unusedSenseMarkMessage(mark: SenseMark): string {
  return `not-a-term: no use of the glossary term "${mark.id}" follows this comment in the same paragraph; ${SENSE_MARK_USAGE}, or remove the comment`
}
