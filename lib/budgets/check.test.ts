import { describe, expect, it } from 'vitest'
import { expandRoute, overBudget } from './check'

const weight = (route: string, jsKB: number, htmlKB?: number) => ({
  route,
  jsRaw: 0,
  jsGzip: jsKB * 1024,
  htmlGzip: htmlKB === undefined ? undefined : htmlKB * 1024,
})

describe('page-weight budgets', () => {
  it('expands /learn/* to the article routes only', () => {
    expect(expandRoute('/learn/*', ['/', '/learn', '/learn/a', '/learn/b', '/learn/a/x'])).toEqual([
      '/learn/a',
      '/learn/b',
    ])
    expect(expandRoute('/calculator', [])).toEqual(['/calculator'])
  })

  it('names the route, the figure and the budget it exceeds', () => {
    const budgets = {
      routes: [{ route: '/learn/*', jsGzipKB: 148, htmlGzipKB: 44, target: { htmlGzipKB: 25 } }],
    }
    const weights = [weight('/learn/a', 149.5, 30), weight('/learn/b', 140, 45)]
    expect(overBudget(budgets, weights)).toEqual([
      '/learn/a: JS (gzip) 149.5 KB > budget 148 KB',
      '/learn/b: HTML (gzip) 45.0 KB > budget 44 KB',
    ])
    expect(overBudget(budgets, weights, { targets: true })).toEqual([
      '/learn/a: HTML (gzip) 30.0 KB > target 25 KB',
      '/learn/b: HTML (gzip) 45.0 KB > target 25 KB',
    ])
  })

  it('fails a budgeted figure that was not measured instead of passing it silently', () => {
    const budgets = {
      routes: [
        { route: '/calculator', htmlGzipKB: 10 },
        { route: '/gone', jsGzipKB: 1 },
      ],
    }
    expect(overBudget(budgets, [weight('/calculator', 150)])).toEqual([
      '/calculator: HTML (gzip) not measured (not prerendered?)',
      '/gone: not measured (is it still a route of the site?)',
    ])
  })
})
