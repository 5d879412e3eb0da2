/** A problem found in a content file, pointing at the exact place an editor must fix. */
export type ContentProblem = {
  /** Path from the project root, e.g. `content/what-is-defi.mdx`. */
  file: string
  /** 1-based line and column in that file. */
  line: number
  column: number
  /** The frontmatter field (`sources[1].url`) or the rule (`link`, `stat`, `component`) that failed. */
  field: string
  message: string
  severity: 'error' | 'warning'
}

export type Position = { line: number; column: number }

export function problem(
  file: string,
  at: Position,
  field: string,
  message: string,
  severity: ContentProblem['severity'] = 'error',
): ContentProblem {
  return { file, line: at.line, column: at.column, field, message, severity }
}

/** `content/x.mdx:LINE:COL field: message`, the format editors see in the terminal and in build errors. */
export function formatProblem(p: ContentProblem): string {
  const suffix = p.severity === 'warning' ? ' (warning)' : ''
  return `${p.file}:${p.line}:${p.column} ${p.field}: ${p.message}${suffix}`
}

export function sortProblems(problems: ContentProblem[]): ContentProblem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      a.field.localeCompare(b.field),
  )
}

/** Thrown by the site's loader (and therefore by `next build`) when content has errors. */
export class ContentError extends Error {
  readonly problems: ContentProblem[]

  constructor(problems: ContentProblem[]) {
    const errors = sortProblems(problems.filter((p) => p.severity === 'error'))
    super(
      `Invalid content: ${errors.length} problem${errors.length === 1 ? '' : 's'}\n` +
        errors.map((p) => `  ${formatProblem(p)}`).join('\n') +
        '\nRun `npm run check:content` for the full report.',
    )
    this.name = 'ContentError'
    this.problems = errors
  }
}
