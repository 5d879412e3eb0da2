import type { TimelineLayout } from '@/lib/figures'
import { SvgText } from './svg-text'
import { MARK_CLASS } from './tones'

type TimelineSvgProps = { layout: TimelineLayout; label: string }

/** Rows of consecutive phases as horizontal bars, with the day axis below. */
export function TimelineSvg({ layout, label }: TimelineSvgProps) {
  const { size, plot } = layout
  return (
    <svg
      role="group"
      aria-label={label}
      viewBox={`0 0 ${size.width} ${size.height}`}
      fontSize={size.fontSize}
      className="block h-auto w-full overflow-visible"
    >
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
      <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} className="stroke-line-strong" />
      <g className="fill-muted" textAnchor="middle">
        {layout.xTicks.map((t) => (
          <SvgText key={t.at} t={t.label} inheritedAnchor="middle" />
        ))}
      </g>
      <SvgText t={layout.xTitle} className="fill-text" fontWeight={600} />
    </svg>
  )
}
