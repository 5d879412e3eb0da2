import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { STATIC_ROUTES } from './routes'

describe('STATIC_ROUTES', () => {
  it.each(STATIC_ROUTES.map((r) => [r]))('%s has a page in app/', (route) => {
    const dir = join(process.cwd(), 'app', route)
    expect(existsSync(join(dir, 'page.tsx'))).toBe(true)
  })
})
