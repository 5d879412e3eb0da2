import type { TimelineLayout } from '@/lib/figures'
import { FigureSvg, TickLabels, XAxisLine } from './figure-svg'
import { SvgText } from './svg-text'
import { MARK_CLASS } from './tones'

type TimelineSvgProps = { layout: TimelineLayout; label: string }

/** Rows of consecutive phases as horizontal bars, with the day axis below. */
export function TimelineSvg({ layout, label }: TimelineSvgProps) {
  const { size, plot } = layout
  return (
    <FigureSvg size={size} label={label}>
      <g className="stroke-line" strokeWidth={1}>
        {layout.xTicks.map((t) => (
          <line key={t.at} x1={t.at} x2={t.at} y1={plot.top} y2={plot.bottom} />
        ))}
      </g>
      {layout.rows.map((row) => (
        <g key={row.title.text}>
          <SvgText t={row.title} className="fill-text" fontWeight={600} />
          {row.segments.map((s) => (
            <g key={`${s.x}-${s.width}`}>
              <rect
                x={s.x}
                y={s.y}
                width={s.width}
                height={s.height}
                rx={2}
                className={MARK_CLASS[s.color]}
                strokeWidth={1}
              />
              {s.label && (
                <SvgText
                  t={s.label}
                  className="fill-on-accent"
                  fontSize={size.fontSize * 0.92}
                  fontWeight={600}
                />
              )}
            </g>
          ))}
          <SvgText t={row.total} className="fill-text" fontWeight={600} />
        </g>
      ))}
      <XAxisLine plot={plot} />
      <TickLabels ticks={layout.xTicks} anchor="middle" />
      <SvgText t={layout.xTitle} className="fill-text" fontWeight={600} />
    </FigureSvg>
  )
}
