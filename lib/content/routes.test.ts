import { existsSync, readdirSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { describe, expect, it } from 'vitest'
import { GLOSSARY_PARTS_KEY, STATIC_ROUTES, staticPartsPage } from './routes'

/** Routes of every app/**​/page.tsx, with route groups like (site) removed. */
function appRoutes(): Set<string> {
  const root = join(process.cwd(), 'app')
  const routes = new Set<string>()
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name))
      else if (entry.name === 'page.tsx') {
        const parts = relative(root, dir)
          .split(sep)
          .filter((p) => p && !/^\(.*\)$/.test(p))
        routes.add(`/${parts.join('/')}`)
      }
    }
  }
  walk(root)
  return routes
}

describe('STATIC_ROUTES', () => {
  const routes = appRoutes()
  it.each(STATIC_ROUTES.map((r) => [r]))('%s has a page in app/', (route) => {
    expect(routes.has(route)).toBe(true)
  })
})

describe('staticPartsPage', () => {
  it('finds the glossary’s parts on /glossary and an article’s on its own page', () => {
    expect(staticPartsPage(GLOSSARY_PARTS_KEY)).toBe('/glossary')
    expect(staticPartsPage('apr-vs-apy')).toBe('/learn/apr-vs-apy')
  })

  it('no article is named like the glossary’s parts', () => {
    const content = join(process.cwd(), 'content')
    expect(existsSync(join(content, `${GLOSSARY_PARTS_KEY}.mdx`))).toBe(false)
    expect(existsSync(join(content, GLOSSARY_PARTS_KEY, 'index.mdx'))).toBe(false)
  })
})
