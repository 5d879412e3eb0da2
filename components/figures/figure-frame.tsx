import type { ReactNode } from 'react'

export type FigureFrameProps = {
  /** Drawn for columns narrower than 36rem (phones down to 320 px). */
  narrow: ReactNode
  /** Drawn from 36rem of column width up, and in print. */
  wide: ReactNode
  caption: string
  /** Under the drawing, above the caption: e.g. the legend. */
  legend?: ReactNode
  /** Smaller text after the caption: inputs, sources, the disclaimer. */
  note?: ReactNode
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
  legend,
  note,
  alternative,
  alternativeLabel,
}: FigureFrameProps) {
  return (
    <figure className="not-prose render-when-near @container my-8 rounded-lg border border-line bg-surface p-2 [--near-height:35rem] sm:p-4">
      <div className="mx-auto max-w-sm @xl:hidden print:hidden">{narrow}</div>
      <div className="hidden @xl:block print:block">{wide}</div>
      {legend}
      <figcaption className="mt-3 text-sm text-text">
        {caption}
        {note && <span className="mt-1.5 block text-xs text-muted">{note}</span>}
      </figcaption>
      <details className="mt-3 text-sm print:hidden">
        <summary className="cursor-pointer font-medium text-accent-strong underline-offset-2 hover:underline">
          {alternativeLabel}
        </summary>
        <div className="mt-2">{alternative}</div>
      </details>
    </figure>
  )
}
