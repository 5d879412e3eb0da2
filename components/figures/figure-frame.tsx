import type { ReactNode } from 'react'

export type FigureFrameProps = {
  /** Drawn for columns narrower than 36rem (phones down to 320 px). */
  narrow: ReactNode
  /** Drawn from 36rem of column width up, and in print. */
  wide: ReactNode
  caption: string
  /** Under the drawing: a legend, the note on sources and inputs. */
  footer?: ReactNode
  /** The text alternative, e.g. a data table or the diagram as a list. */
  alternative: ReactNode
  alternativeLabel: string
}

/**
 * The frame every figure shares: a `<figure>` whose caption names it, two drawings of the same picture (one
 * for narrow columns, one for wide, chosen by a container query, so no JavaScript), and a text alternative
 * in a `<details>` that opens without JavaScript.
 */
export function FigureFrame({
  narrow,
  wide,
  caption,
  footer,
  alternative,
  alternativeLabel,
}: FigureFrameProps) {
  return (
    <figure className="not-prose @container my-8 rounded-lg border border-line bg-surface p-3 sm:p-4">
      <div className="mx-auto max-w-md @xl:hidden print:hidden">{narrow}</div>
      <div className="hidden @xl:block print:block">{wide}</div>
      {footer}
      <figcaption className="mt-3 text-sm text-text">{caption}</figcaption>
      <details className="mt-3 text-sm print:hidden">
        <summary className="cursor-pointer font-medium text-accent-strong underline-offset-2 hover:underline">
          {alternativeLabel}
        </summary>
        <div className="mt-2">{alternative}</div>
      </details>
    </figure>
  )
}
