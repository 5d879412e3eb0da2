'use client'

import { useEffect, useState } from 'react'

export type TocItem = { id: string; text: string; depth: number }

type TocListProps = { items: TocItem[] }

/**
 * The table of contents list. Marks the section being read with aria-current="location": the last heading
 * that has crossed the upper 30 % of the viewport (the list works as plain links without JavaScript).
 */
export function TocList({ items }: TocListProps) {
  const [active, setActive] = useState<string | undefined>(undefined)

  useEffect(() => {
    const headings = items
      .map((i) => document.getElementById(i.id))
      .filter((h): h is HTMLElement => h !== null)
    if (headings.length === 0) return
    let frame = 0
    const update = () => {
      frame = 0
      const line = window.innerHeight * 0.3
      const passed = headings.filter((h) => h.getBoundingClientRect().top <= line)
      setActive((passed.at(-1) ?? headings[0])?.id)
    }
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update)
    }
    update()
    window.addEventListener('scroll', schedule, { passive: true })
    window.addEventListener('resize', schedule, { passive: true })
    return () => {
      cancelAnimationFrame(frame)
      window.removeEventListener('scroll', schedule)
      window.removeEventListener('resize', schedule)
    }
  }, [items])

  return (
    <ol className="space-y-1 border-l border-line text-sm">
      {items.map((item) => (
        <li key={item.id}>
          <a
            href={`#${item.id}`}
            aria-current={active === item.id ? 'location' : undefined}
            className={item.depth === 3 ? TOC_LINK_NESTED : TOC_LINK}
          >
            {item.text}
          </a>
        </li>
      ))}
    </ol>
  )
}

/**
 * A contents link, and one for a sub-heading (indented). Whole strings, not combined at run time: this island
 * ships with every article, and nothing here needs merging (so no class-merging code comes with it).
 */
const TOC_LINK =
  '-ml-px block border-l-2 border-transparent py-1 pl-3 leading-snug text-muted no-underline hover:text-text aria-[current=location]:border-accent aria-[current=location]:font-semibold aria-[current=location]:text-text'
const TOC_LINK_NESTED =
  '-ml-px block border-l-2 border-transparent py-1 pl-6 leading-snug text-muted no-underline hover:text-text aria-[current=location]:border-accent aria-[current=location]:font-semibold aria-[current=location]:text-text'
