import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { importedFrom, PROJECT_ROOT, reachesClientCode } from '@/lib/build/client-code'
import { INTERACTIVE_COMPONENTS, INTERACTIVE_ELEMENTS } from './rehype-static-segments.mjs'

/**
 * An article component whose code reaches a client module needs JavaScript; inside a static segment it would
 * be kept as HTML and never hydrated. The list in rehype-static-segments.mjs must name exactly those.
 */
it('the components and elements kept out of static segments are exactly those that need JavaScript', () => {
  const registry = join(PROJECT_ROOT, 'mdx-components.tsx')
  const source = readFileSync(registry, 'utf8')
  // Every entry of both objects: `Name,` or `key: Local,` (the article components, then the element overrides).
  const blocks = [...source.matchAll(/const (?:articleComponents|components) = \{([\s\S]*?)\} satisfies/g)]
  expect(blocks).toHaveLength(2)
  const entries = blocks
    .flatMap((block) => [...block[1]!.matchAll(/^\s*(\w+)(?::\s*(\w+))?,/gm)])
    .map((m) => ({ name: m[1]!, local: m[2] ?? m[1]! }))
    // The segment itself is the client component that keeps the others' HTML.
    .filter(({ name }) => name !== 'StaticSegment')
  expect(entries.length).toBeGreaterThan(15)
  const needJs = entries.filter(({ local }) => reachesClientCode(importedFrom(registry, source, local)!))
  const isElement = (name: string) => /^[a-z]/.test(name)
  expect(new Set(needJs.filter(({ name }) => !isElement(name)).map(({ name }) => name))).toEqual(
    new Set([...INTERACTIVE_COMPONENTS].filter((n) => entries.some((c) => c.name === n))),
  )
  expect(needJs.filter(({ name }) => isElement(name)).map(({ name }) => name)).toEqual([
    ...INTERACTIVE_ELEMENTS,
  ])
})

it('counts a client package, a re-export and a local client module as client code', () => {
  const dir = mkdtempSync(join(tmpdir(), 'client-code-'))
  const file = (name: string, text: string) => {
    writeFileSync(join(dir, name), text)
    return join(dir, name)
  }
  file('island.tsx', "'use client'\nexport const Island = () => null\n")
  expect(reachesClientCode(file('a.tsx', "import { useRouter } from 'next/navigation'\n"))).toBe(true)
  expect(reachesClientCode(file('b.ts', "export { Island } from './island'\n"))).toBe(true)
  expect(reachesClientCode(file('c.tsx', "import { Island } from './island'\n"))).toBe(true)
  expect(
    reachesClientCode(file('d.tsx', "import type { Island } from './island'\nimport { z } from 'zod'\n")),
  ).toBe(false)
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
