import type { LineChartLayout } from '@/lib/figures'
import { FigureSvg, TickLabels, XAxisLine } from './figure-svg'
import { SvgText } from './svg-text'
import { HALO_PROPS, MARK_CLASS, SERIES_CLASS } from './tones'

type LineChartSvgProps = { layout: LineChartLayout; label: string; color: 1 | 2 | 3 | 4 }

/** A line chart drawn from its layout: grid, axes, series, reference lines and labelled markers. */
export function LineChartSvg({ layout, label, color }: LineChartSvgProps) {
  const { size, plot } = layout
  return (
    <FigureSvg size={size} label={label}>
      <g className="stroke-line" strokeWidth={1}>
        {layout.yTicks.map((t) => (
          <line key={t.at} x1={plot.left} x2={plot.right} y1={t.at} y2={t.at} />
        ))}
      </g>
      <XAxisLine plot={plot} />
      <TickLabels ticks={layout.yTicks} anchor="end" />
      <TickLabels ticks={layout.xTicks} anchor="middle" />
      <g className="fill-text" fontWeight={600}>
        <SvgText t={layout.yTitle} />
        <SvgText t={layout.xTitle} />
      </g>
      {layout.rules.map((r) => (
        <g key={r.label.text}>
          <line
            x1={r.x1}
            x2={r.x2}
            y1={r.y1}
            y2={r.y2}
            className="stroke-line-strong"
            strokeDasharray="4 4"
          />
          <SvgText t={r.label} {...HALO_PROPS} className="fill-muted stroke-surface" />
        </g>
      ))}
      {layout.paths.map((p) => (
        <path
          key={p.key}
          d={p.d}
          className={SERIES_CLASS[p.color]}
          strokeWidth={2.5}
          strokeLinejoin="round"
          strokeLinecap="round"
          strokeDasharray={p.dashed ? '6 5' : undefined}
        />
      ))}
      {layout.markers.map((m) => (
        <g key={`${m.cx}-${m.cy}`}>
          <circle cx={m.cx} cy={m.cy} r={5} className={MARK_CLASS[color]} strokeWidth={2} />
          {m.lines.map((line, i) => (
            <SvgText key={line.text} t={line} {...HALO_PROPS} fontWeight={i === 0 ? 600 : 400} />
          ))}
        </g>
      ))}
    </FigureSvg>
  )
}
