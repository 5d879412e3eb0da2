import type { PositionedText } from '@/lib/figures'
import type { SVGProps } from 'react'

type SvgTextProps = {
  t: PositionedText
  /** The anchor its group already sets: then the line does not repeat it (smaller pages). */
  inheritedAnchor?: PositionedText['anchor']
} & Omit<SVGProps<SVGTextElement>, 'x' | 'y'>

/** One positioned line of real SVG text (selectable, read by screen readers). SVG's default anchor is start. */
export function SvgText({ t, inheritedAnchor = 'start', ...props }: SvgTextProps) {
  return (
    <text x={t.x} y={t.y} textAnchor={t.anchor === inheritedAnchor ? undefined : t.anchor} {...props}>
      {t.text}
    </text>
  )
}
