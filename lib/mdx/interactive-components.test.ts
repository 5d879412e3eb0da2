import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { importedFrom, PROJECT_ROOT, reachesClientCode } from '@/lib/build/client-code'
import { INTERACTIVE_COMPONENTS } from './rehype-static-segments.mjs'

/**
 * An article component whose code reaches a client module needs JavaScript; inside a static segment it would
 * be kept as HTML and never hydrated. The list in rehype-static-segments.mjs must name exactly those.
 */
it('the components kept out of static segments are exactly the article components that need JavaScript', () => {
  const registry = join(PROJECT_ROOT, 'mdx-components.tsx')
  const source = readFileSync(registry, 'utf8')
  const block = source.match(/const articleComponents = \{([\s\S]*?)\} satisfies/)![1]!
  const names = [...block.matchAll(/^\s*(\w+)(?::\s*(\w+))?,/gm)].map((m) => ({
    name: m[1]!,
    local: m[2] ?? m[1]!,
  }))
  expect(names.length).toBeGreaterThan(5)
  const interactive = names
    .filter(({ local }) => reachesClientCode(importedFrom(registry, source, local)!))
    .map(({ name }) => name)
  expect(new Set(interactive)).toEqual(
    new Set([...INTERACTIVE_COMPONENTS].filter((n) => names.some((c) => c.name === n))),
  )
})

it('nothing inside an article page’s static parts needs JavaScript', () => {
  const page = join(PROJECT_ROOT, 'components', 'article', 'article-page.tsx')
  const source = readFileSync(page, 'utf8')
  const parts = [...source.matchAll(/<StaticPart\b[\s\S]*?<\/StaticPart>/g)].map((m) => m[0])
  expect(parts.length).toBeGreaterThanOrEqual(3)
  const inside = new Set(parts.flatMap((part) => [...part.matchAll(/<([A-Z]\w*)/g)].map((m) => m[1]!)))
  inside.delete('StaticPart')
  expect(inside.size).toBeGreaterThan(3)
  const needingJs = [...inside].filter((name) => reachesClientCode(importedFrom(page, source, name)!))
  expect(needingJs).toEqual([])
  // And the check can see one: the read marker, outside the parts, is a client component.
  expect(reachesClientCode(importedFrom(page, source, 'ReadMarker')!)).toBe(true)
})
