import type { Figure, Source } from '@/lib/calculator'
import { getWalkthroughStrings } from '@/lib/i18n/walkthrough'
import { formatIsoDate } from '@/lib/format'

type SourceLinkProps = { source: Source; asOf?: string }

/** "(Source title, as of November 25, 2026)" after a figure. */
export function SourceLink({ source, asOf }: SourceLinkProps) {
  const t = getWalkthroughStrings()
  return (
    <span className="text-xs font-normal text-muted">
      (
      <a href={source.url} className="underline decoration-line-strong hover:text-text">
        {source.title}
      </a>
      {asOf ? (
        <>
          , <time dateTime={asOf}>{t.asOf(formatIsoDate(asOf))}</time>
        </>
      ) : null}
      )
    </span>
  )
}

type FigureSourceProps = { figure: Figure }

/** Where a figure comes from: its source and date, or the words "illustrative assumption". */
export function FigureSource({ figure }: FigureSourceProps) {
  const t = getWalkthroughStrings()
  if (figure.kind === 'sourced') return <SourceLink source={figure.source} asOf={figure.asOf} />
  return (
    <span className="text-xs font-normal text-muted">
      ({t.illustrative}: {figure.note.replace(/^Illustrative:\s*/, '')})
    </span>
  )
}
