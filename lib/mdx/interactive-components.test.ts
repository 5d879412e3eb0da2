import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { expect, it } from 'vitest'
import { INTERACTIVE_COMPONENTS } from './rehype-static-segments.mjs'

/**
 * An article component whose code reaches a client module ('use client') needs JavaScript; inside a static
 * segment it would be kept as HTML and never hydrated. This walks each article component's value imports
 * (not `import type`) from mdx-components.tsx and requires the list in rehype-static-segments.mjs to match.
 * The site's `Link` is the exception: inside a segment, the segment itself routes and prefetches its links.
 */
const root = resolve(__dirname, '..', '..')
const SEGMENT_HANDLES = new Set([join(root, 'components', 'ui', 'link.client.tsx')])

function resolveImport(from: string, specifier: string): string | undefined {
  const base = specifier.startsWith('@/')
    ? join(root, specifier.slice(2))
    : specifier.startsWith('.')
      ? resolve(dirname(from), specifier)
      : undefined
  if (base === undefined) return undefined
  return [base, `${base}.tsx`, `${base}.ts`, join(base, 'index.tsx'), join(base, 'index.ts')].find(
    (file) => existsSync(file) && /\.tsx?$/.test(file),
  )
}

const valueImports = (source: string) =>
  [...source.matchAll(/^import\s+(?!type\s)[^'"]*?from\s+'([^']+)'/gm)].map((match) => match[1]!)

function reachesClientCode(file: string, visited = new Set<string>()): boolean {
  if (visited.has(file) || SEGMENT_HANDLES.has(file)) return false
  visited.add(file)
  const source = readFileSync(file, 'utf8')
  if (/^'use client'/m.test(source)) return true
  return valueImports(source).some((specifier) => {
    const target = resolveImport(file, specifier)
    return target !== undefined && reachesClientCode(target, visited)
  })
}

it('the components kept out of static segments are exactly the article components that need JavaScript', () => {
  const registry = join(root, 'mdx-components.tsx')
  const source = readFileSync(registry, 'utf8')
  const block = source.match(/const articleComponents = \{([\s\S]*?)\} satisfies/)![1]!
  const names = [...block.matchAll(/^\s*(\w+)(?::\s*(\w+))?,/gm)].map((m) => ({
    name: m[1]!,
    local: m[2] ?? m[1]!,
  }))
  expect(names.length).toBeGreaterThan(5)
  const fileOf = (local: string) => {
    const specifier = source.match(new RegExp(`import \\{[^}]*\\b${local}\\b[^}]*\\} from '([^']+)'`))![1]!
    return resolveImport(registry, specifier)!
  }
  const interactive = names.filter(({ local }) => reachesClientCode(fileOf(local))).map(({ name }) => name)
  expect(new Set(interactive)).toEqual(
    new Set([...INTERACTIVE_COMPONENTS].filter((n) => names.some((c) => c.name === n))),
  )
})
