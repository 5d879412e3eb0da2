import type { DiagramLayout } from '@/lib/figures'
import { FigureSvg } from './figure-svg'
import { SvgText } from './svg-text'
import { BOX_CLASS } from './tones'

type DiagramSvgProps = { layout: DiagramLayout; label: string }

/** Boxes with wrapped text and the arrows between them, drawn from a diagram layout. */
export function DiagramSvg({ layout, label }: DiagramSvgProps) {
  const { size } = layout
  return (
    <FigureSvg size={size} label={label}>
      {layout.nodes.map((n) => (
        <g key={n.id}>
          {!n.heading && (
            <rect
              x={n.x}
              y={n.y}
              width={n.width}
              height={n.height}
              rx={8}
              className={BOX_CLASS[n.tone]}
              strokeWidth={1.5}
            />
          )}
          {(['title', 'detail'] as const).map((kind) => {
            const lines = n.lines.filter((line) => line.kind === kind)
            if (lines.length === 0) return null
            const anchor = lines[0]?.anchor ?? 'middle'
            return (
              <g
                key={kind}
                textAnchor={anchor}
                className={kind === 'title' ? 'fill-text' : 'fill-muted'}
                fontWeight={lines[0]?.bold ? 600 : undefined}
                fontSize={kind === 'title' ? undefined : size.fontSize * 0.9}
              >
                {lines.map((line, i) => (
                  <SvgText key={i} t={line} inheritedAnchor={anchor} />
                ))}
              </g>
            )
          })}
        </g>
      ))}
      {layout.edges.map((e) => (
        <g key={e.key}>
          <path
            d={e.d}
            className="fill-none stroke-muted"
            strokeWidth={1.75}
            strokeDasharray={e.dashed ? '5 4' : undefined}
          />
          <path d={e.head} className="fill-muted" />
          {e.label && (
            <SvgText t={e.label} className="fill-muted" fontSize={size.fontSize * 0.9} fontWeight={600} />
          )}
        </g>
      ))}
    </FigureSvg>
  )
}
