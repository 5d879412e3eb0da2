'use client'

import { useEffect, useState } from 'react'

export type TocItem = { id: string; text: string; depth: number }

type TocListProps = { items: TocItem[] }

/**
 * The table of contents list. Marks the section being read with aria-current="location", found with an
 * IntersectionObserver on the headings (the list works as plain links without JavaScript).
 */
export function TocList({ items }: TocListProps) {
  const [active, setActive] = useState<string | undefined>(undefined)

  useEffect(() => {
    const headings = items
      .map((i) => document.getElementById(i.id))
      .filter((h): h is HTMLElement => h !== null)
    if (headings.length === 0) return
    const visible = new Map<string, boolean>()
    const observer = new IntersectionObserver(
      (entries) => {
        for (const e of entries) visible.set(e.target.id, e.isIntersecting)
        const firstVisible = headings.find((h) => visible.get(h.id))
        if (firstVisible) return setActive(firstVisible.id)
        // Between headings: the last one above the viewport is the current section.
        const above = headings.filter((h) => h.getBoundingClientRect().top < 0)
        setActive(above.at(-1)?.id)
      },
      { rootMargin: '0px 0px -60% 0px' },
    )
    headings.forEach((h) => observer.observe(h))
    return () => observer.disconnect()
  }, [items])

  return (
    <ol className="space-y-1 border-l border-line text-sm">
      {items.map((item) => (
        <li key={item.id}>
          <a
            href={`#${item.id}`}
            aria-current={active === item.id ? 'location' : undefined}
            className={`-ml-px block border-l-2 py-1 leading-snug text-muted no-underline hover:text-text aria-[current=location]:border-accent aria-[current=location]:font-semibold aria-[current=location]:text-text ${
              item.depth === 3 ? 'pl-6' : 'pl-3'
            } border-transparent`}
          >
            {item.text}
          </a>
        </li>
      ))}
    </ol>
  )
}
