import { DIAGRAMS, isDiagramId, layoutDiagram, NARROW, WIDE } from '@/lib/figures'
import { getDictionary } from '@/lib/i18n'
import { DiagramSvg } from './diagram-svg'
import { FigureFrame } from './figure-frame'

export type DiagramProps = {
  /** A diagram id from `lib/figures/diagrams/index.ts`, e.g. "validator-lifecycle". */
  id: string
}

/**
 * A diagram drawn on the server as inline SVG with real text, in a wide and a phone layout, with the same
 * content as a list for readers who prefer text.
 *
 * @example
 * <Diagram id="validator-lifecycle" />
 */
export function Diagram({ id }: DiagramProps) {
  if (!isDiagramId(id))
    throw new Error(`<Diagram id="${id}">: unknown diagram id (see lib/figures/diagrams/index.ts)`)
  const model = DIAGRAMS[id]
  const t = getDictionary()
  return (
    <FigureFrame
      narrow={<DiagramSvg layout={layoutDiagram(model, NARROW, 'narrow')} label={model.title} />}
      wide={<DiagramSvg layout={layoutDiagram(model, WIDE, 'wide')} label={model.title} />}
      caption={model.caption}
      alternativeLabel={t.figure.diagramAlternative}
      alternative={
        <ol className="list-decimal space-y-1 pl-5 text-text">
          {model.description.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ol>
      }
    />
  )
}
