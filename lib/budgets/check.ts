import type { RouteWeight } from './measure'

export type Limits = { jsGzipKB?: number; htmlGzipKB?: number }
export type RouteBudget = Limits & { route: string; target?: Limits }
export type Budgets = { routes: RouteBudget[] }

const FIGURES = { jsGzipKB: ['jsGzip', 'JS (gzip)'], htmlGzipKB: ['htmlGzip', 'HTML (gzip)'] } as const

/** Concrete routes for a budget: `/learn/*` becomes every article route given. */
export function expandRoute(pattern: string, knownRoutes: readonly string[]): string[] {
  if (!pattern.endsWith('/*')) return [pattern]
  const prefix = pattern.slice(0, -1)
  return knownRoutes.filter((r) => r.startsWith(prefix) && !r.slice(prefix.length).includes('/'))
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`

/**
 * Every budget a route exceeds, as `route: figure 151.2 KB > budget 148 KB`; with `targets`, the unmet goals
 * (`target` values) instead.
 */
export function overBudget(
  budgets: Budgets,
  weights: readonly RouteWeight[],
  { targets = false }: { targets?: boolean } = {},
): string[] {
  const byRoute = new Map(weights.map((w) => [w.route, w]))
  const problems: string[] = []
  for (const budget of budgets.routes) {
    const limits = targets ? (budget.target ?? {}) : budget
    for (const route of expandRoute(budget.route, [...byRoute.keys()])) {
      const weight = byRoute.get(route)
      if (!weight) {
        problems.push(`${route}: not measured (is it still a route of the site?)`)
        continue
      }
      for (const [limit, [field, label]] of Object.entries(FIGURES)) {
        const max = limits[limit as keyof Limits]
        const value = weight[field]
        if (max === undefined) continue
        if (value === undefined) problems.push(`${route}: ${label} not measured (not prerendered?)`)
        else if (value > max * 1024)
          problems.push(`${route}: ${label} ${kb(value)} > ${targets ? 'target' : 'budget'} ${max} KB`)
      }
    }
  }
  return problems
}
