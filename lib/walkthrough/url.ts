import type { NetworkId } from '@/lib/calculator'
import { MAX_AMOUNT_LENGTH } from './amount'
import { exitRoutes, initialState, isActive, transition } from './machine'
import { restakeRule } from './restake'
import { isStepId, stepIndex } from './steps'
import {
  ADVANCE_DAYS,
  CREDENTIAL_IDS,
  EXIT_ROUTES,
  INCIDENT_IDS,
  METHOD_IDS,
  NETWORK_IDS,
  STEP_IDS,
  type ExitRoute,
  type IncidentId,
  type WalkthroughEvent,
  type WalkthroughState,
} from './types'

/** What Next.js passes as `searchParams`, or a URLSearchParams. */
export type QueryInput = URLSearchParams | Record<string, string | string[] | undefined>

/** The network a walkthrough without `network` in its URL starts on (left out of canonical URLs). */
export const DEFAULT_NETWORK: NetworkId = 'ethereum'

/** The query parameters the walkthrough reads, in the order it writes them. */
export const QUERY_KEYS = [
  'step',
  'reached',
  'network',
  'method',
  'provider',
  'amount',
  'credentials',
  'restake',
  'days',
  ...INCIDENT_IDS,
  'exit',
] as const

function read(query: QueryInput, key: string): string | undefined {
  if (query instanceof URLSearchParams) return query.get(key) ?? undefined
  const value = Object.hasOwn(query, key) ? query[key] : undefined
  return Array.isArray(value) ? value[0] : value
}

function oneOf<T extends string>(list: readonly T[], value: string | undefined): T | undefined {
  return list.find((item) => item === value)
}

/** A whole number of days 0 … 100,000 written plainly ("12"), or undefined. */
function wholeDays(value: string | undefined): number | undefined {
  if (value === undefined || !/^\d{1,6}$/.test(value)) return undefined
  return Number(value)
}

/** The largest time-control steps that add up to `days` (so any whole number replays). */
function advances(days: number): WalkthroughEvent[] {
  const events: WalkthroughEvent[] = []
  let left = days
  for (const step of [...ADVANCE_DAYS].sort((a, b) => b - a)) {
    while (left >= step) {
      events.push({ type: 'ADVANCE', days: step })
      left -= step
    }
  }
  return events
}

/** Incidents in the order they happened: by day, and on the same day those that stop the clock first. */
function incidentOrder(incidents: [IncidentId, number][]): [IncidentId, number][] {
  const weight: Record<IncidentId, number> = { discount: 0, pause: 1, slashing: 2, downtime: 3 }
  return [...incidents].sort((a, b) => a[1] - b[1] || weight[a[0]] - weight[b[0]])
}

/**
 * Rebuilds the state a query describes by replaying it through the state machine from a fresh start, so
 * every parsed state is one the reader could have reached. Anything invalid, unknown or contradictory
 * (a hostile or mistyped URL) stops the replay at the last valid point; it never throws.
 */
export function parseQuery(
  query: QueryInput,
  fallbackNetwork: NetworkId = DEFAULT_NETWORK,
): WalkthroughState {
  const network = oneOf(NETWORK_IDS, read(query, 'network')) ?? fallbackNetwork
  const wanted = oneOf(STEP_IDS, read(query, 'step')) ?? 'setup'
  const reached = oneOf(STEP_IDS, read(query, 'reached')) ?? wanted
  const goal = stepIndex(reached)
  let state = initialState(network)
  const apply = (event: WalkthroughEvent): boolean => {
    const result = transition(state, event)
    if (result.ok) state = result.state
    return result.ok
  }
  const finish = () => {
    if (isStepId(wanted) && stepIndex(wanted) <= stepIndex(state.reached))
      apply({ type: 'GOTO', step: wanted })
    return state
  }

  const method = oneOf(METHOD_IDS, read(query, 'method'))
  if (goal < stepIndex('provider') || method === undefined || !apply({ type: 'SELECT_METHOD', method }))
    return finish()
  const provider = read(query, 'provider')
  if (goal < stepIndex('amount') || provider === undefined || !apply({ type: 'SELECT_PROVIDER', provider }))
    return finish()
  const credentials = oneOf(CREDENTIAL_IDS, read(query, 'credentials'))
  if (credentials !== undefined && credentials !== state.credentials)
    apply({ type: 'SET_CREDENTIALS', credentials })
  const amount = (read(query, 'amount') ?? '').trim().slice(0, MAX_AMOUNT_LENGTH)
  if (goal < stepIndex('review') || !apply({ type: 'SUBMIT_AMOUNT', amount })) {
    state = { ...state, amount }
    return finish()
  }
  if (goal < stepIndex('activation') || !apply({ type: 'SIGN' })) return finish()
  if (goal < stepIndex('rewards') || !apply({ type: 'ACTIVATE' })) return finish()

  const restake = read(query, 'restake')
  if (restake === 'on' || restake === 'off') apply({ type: 'SET_RESTAKE', restake: restake === 'on' })
  const advanceTo = (day: number) => advances(day - state.days).every(apply)
  if (goal >= stepIndex('incidents')) {
    const happened = INCIDENT_IDS.flatMap((id): [IncidentId, number][] => {
      const day = wholeDays(read(query, id))
      return day === undefined ? [] : [[id, day]]
    })
    for (const [incident, day] of incidentOrder(happened)) {
      if (day < state.days) return finish()
      if (!apply({ type: 'GOTO', step: 'rewards' }) || !advanceTo(day)) return finish()
      if (
        state.reached === 'rewards' ? !apply({ type: 'NEXT' }) : !apply({ type: 'GOTO', step: 'incidents' })
      )
        return finish()
      if (!apply({ type: 'TRIGGER', incident })) return finish()
    }
  }
  const days = wholeDays(read(query, 'days')) ?? 0
  if (days > state.days && (!apply({ type: 'GOTO', step: 'rewards' }) || !advanceTo(days))) return finish()
  if (goal < stepIndex('incidents')) return finish()
  apply({ type: 'GOTO', step: 'rewards' })
  if (state.reached === 'rewards' && !apply({ type: 'NEXT' })) return finish()
  if (goal < stepIndex('unstake')) return finish()
  apply({ type: 'GOTO', step: 'incidents' })
  if (state.reached === 'incidents' && !apply({ type: 'NEXT' })) return finish()
  const exit = oneOf<ExitRoute>(EXIT_ROUTES, read(query, 'exit'))
  if (exit === undefined || !exitRoutes(state.method).includes(exit)) return finish()
  apply({ type: 'GOTO', step: 'unstake' })
  if (!apply({ type: 'UNSTAKE', route: exit })) return finish()
  if (goal >= stepIndex('summary')) apply({ type: 'WITHDRAW' })
  return finish()
}

/** The canonical query for a state: only what differs from the defaults, in `QUERY_KEYS` order. */
export function serializeState(state: WalkthroughState): URLSearchParams {
  const q = new URLSearchParams()
  if (state.step !== 'setup') q.set('step', state.step)
  if (state.reached !== state.step) q.set('reached', state.reached)
  if (state.network !== DEFAULT_NETWORK) q.set('network', state.network)
  if (state.method !== null) q.set('method', state.method)
  if (state.provider !== null) q.set('provider', state.provider)
  if (state.amount !== '') q.set('amount', state.amount)
  if (state.credentials !== '0x01') q.set('credentials', state.credentials)
  if (state.method !== null) {
    const rule = restakeRule(state.network, state.method)
    if (rule.choosable && state.restake !== rule.initial) q.set('restake', state.restake ? 'on' : 'off')
  }
  if (isActive(state) && state.days > 0) q.set('days', String(state.days))
  for (const id of INCIDENT_IDS) {
    const day = state.incidents[id]
    if (day !== undefined) q.set(id, String(day))
  }
  if (state.exit !== null) q.set('exit', state.exit)
  return q
}

/** `/walkthrough?…` for a state (the full walkthrough page, also the embed's "open in full" link). */
export function walkthroughHref(state: WalkthroughState, path = '/walkthrough'): string {
  const query = serializeState(state).toString()
  return query === '' ? path : `${path}?${query}`
}

/** True when the query is exactly the canonical form of the state it parses to (parameter order aside). */
export function isCanonicalQuery(query: QueryInput, state: WalkthroughState): boolean {
  const canonical = [...serializeState(state).entries()].map(([k, v]) => `${k}=${v}`).sort()
  const given: string[] = []
  if (query instanceof URLSearchParams) query.forEach((v, k) => given.push(`${k}=${v}`))
  else
    for (const [k, v] of Object.entries(query))
      for (const one of Array.isArray(v) ? v : v === undefined ? [] : [v]) given.push(`${k}=${one}`)
  given.sort()
  return canonical.length === given.length && canonical.every((entry, i) => entry === given[i])
}
