import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'

/**
 * Whether a module's code reaches a client module ('use client') through its value imports (`import type` is
 * ignored), for the checks that keep hydrating code out of static parts (components/static/static-part.tsx).
 * The site's `Link` does not count: inside a static part, the part itself routes and prefetches its links.
 */
export const PROJECT_ROOT = resolve(__dirname, '..', '..')
const PART_HANDLES = new Set([join(PROJECT_ROOT, 'components', 'ui', 'link.client.tsx')])

/** The file an import specifier names (`@/…` or relative), or undefined for a package. */
export function resolveImport(from: string, specifier: string): string | undefined {
  const base = specifier.startsWith('@/')
    ? join(PROJECT_ROOT, specifier.slice(2))
    : specifier.startsWith('.')
      ? resolve(dirname(from), specifier)
      : undefined
  if (base === undefined) return undefined
  return [base, `${base}.tsx`, `${base}.ts`, join(base, 'index.tsx'), join(base, 'index.ts')].find(
    (file) => existsSync(file) && /\.tsx?$/.test(file),
  )
}

/** Packages whose modules are client code (or only work in it). */
const CLIENT_PACKAGES = [
  'next/link',
  'next/image',
  'next/dynamic',
  'next/navigation',
  'next/script',
  'react-dom',
]

/** Value imports and re-exports (`import type` and `export type` are left out), side-effect imports too. */
const valueImports = (source: string) =>
  [
    ...source.matchAll(/^(?:import|export)\s+(?!type\s)[^'";]*?from\s+'([^']+)'/gm),
    ...source.matchAll(/^import\s+'([^']+)'/gm),
  ].map((match) => match[1]!)

export function reachesClientCode(file: string, visited = new Set<string>()): boolean {
  if (visited.has(file) || PART_HANDLES.has(file)) return false
  visited.add(file)
  const source = readFileSync(file, 'utf8')
  if (/^'use client'/m.test(source)) return true
  return valueImports(source).some((specifier) => {
    if (CLIENT_PACKAGES.some((name) => specifier === name || specifier.startsWith(`${name}/`))) return true
    const target = resolveImport(file, specifier)
    return target !== undefined && reachesClientCode(target, visited)
  })
}

/** The file that `source` (the text of `file`) imports the name `local` from. */
export function importedFrom(file: string, source: string, local: string): string | undefined {
  const match = source.match(new RegExp(`import \\{[^}]*\\b${local}\\b[^}]*\\} from '([^']+)'`))
  return match ? resolveImport(file, match[1]!) : undefined
}
