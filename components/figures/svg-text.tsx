import type { PositionedText } from '@/lib/figures'
import type { SVGProps } from 'react'

type SvgTextProps = { t: PositionedText } & Omit<SVGProps<SVGTextElement>, 'x' | 'y'>

/** One positioned line of real SVG text (selectable, read by screen readers). */
export function SvgText({ t, ...props }: SvgTextProps) {
  return (
    <text x={t.x} y={t.y} textAnchor={t.anchor} {...props}>
      {t.text}
    </text>
  )
}
