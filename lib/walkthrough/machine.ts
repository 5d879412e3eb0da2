import { NETWORK_PRESETS, type NetworkId, type StakingMethod } from '@/lib/calculator'
import { checkAmount, suggestedAmount } from './amount'
import { incidentOptions, slashingStopsEarning } from './incidents'
import { findProvider, providersFor } from './providers'
import { restakeRule } from './restake'
import { DOWNTIME_DAYS, MAX_DAYS } from './scenario'
import { laterStep, stepAt, stepIndex } from './steps'
import {
  ADVANCE_DAYS,
  CREDENTIAL_IDS,
  NETWORK_IDS,
  STEP_IDS,
  type CredentialsId,
  type ExitRoute,
  type Rejection,
  type StepId,
  type TransitionResult,
  type WalkthroughEvent,
  type WalkthroughState,
} from './types'

/** A fresh walkthrough on a network: step 1, nothing chosen. */
export function initialState(network: NetworkId = 'ethereum'): WalkthroughState {
  return {
    step: 'setup',
    reached: 'setup',
    network,
    method: null,
    provider: null,
    amount: '',
    credentials: '0x01',
    restake: false,
    days: 0,
    incidents: {},
    exit: null,
  }
}

/** The stake has been signed: steps 1–4 are history and cannot be changed (restart to try again). */
export function isSigned(state: WalkthroughState): boolean {
  return stepIndex(state.reached) > stepIndex('review')
}

/** The stake is earning or has earned: it was activated. */
export function isActive(state: WalkthroughState): boolean {
  return stepIndex(state.reached) >= stepIndex('rewards')
}

/** Earning has stopped for good because the reader's own validator was slashed. */
export function isSlashedOut(state: WalkthroughState): boolean {
  return state.incidents.slashing !== undefined && state.method !== null && slashingStopsEarning(state.method)
}

/** Exit routes for a method: a liquid token is sold or redeemed; everything else has one exit. */
export function exitRoutes(method: StakingMethod | null): ExitRoute[] {
  return method === 'liquid' ? ['swap', 'redeem'] : ['standard']
}

const ok = (state: WalkthroughState): TransitionResult => ({ ok: true, state })
const no = (rejection: Rejection): TransitionResult => ({ ok: false, rejection })
const onlyAt = (state: WalkthroughState, ...steps: StepId[]): TransitionResult | null =>
  steps.includes(state.step) ? null : no({ code: 'wrong-step', expected: steps })

/** Steps whose frontier is crossed with NEXT (the others need their own event: choose, sign, activate …). */
const NEXT_AT_FRONTIER: readonly StepId[] = ['rewards', 'incidents']

function next(state: WalkthroughState): TransitionResult {
  const i = stepIndex(state.step)
  if (i >= STEP_IDS.length - 1) return no({ code: 'not-reached' })
  if (i < stepIndex(state.reached)) return ok({ ...state, step: stepAt(i + 1) })
  if (!NEXT_AT_FRONTIER.includes(state.step)) return no({ code: 'incomplete' })
  const to = stepAt(i + 1)
  return ok({ ...state, step: to, reached: to })
}

function chooseNetwork(state: WalkthroughState, network: NetworkId): TransitionResult {
  if (!NETWORK_IDS.includes(network)) return no({ code: 'unknown-network' })
  if (network === state.network) return ok(state)
  return ok(initialState(network))
}

function chooseMethod(state: WalkthroughState, method: StakingMethod): TransitionResult {
  if (!(NETWORK_PRESETS[state.network].methods as readonly string[]).includes(method))
    return no({ code: 'not-offered', method })
  if (method === state.method)
    return ok({ ...state, step: 'provider', reached: laterStep(state.reached, 'provider') })
  return ok({
    ...initialState(state.network),
    method,
    restake: restakeRule(state.network, method).initial,
    step: 'provider',
    reached: 'provider',
  })
}

function chooseProvider(state: WalkthroughState, provider: string): TransitionResult {
  if (findProvider(state.network, state.method, provider) === undefined)
    return no({ code: 'unknown-provider' })
  if (provider === state.provider)
    return ok({ ...state, step: 'amount', reached: laterStep(state.reached, 'amount') })
  return ok({ ...state, provider, step: 'amount', reached: 'amount' })
}

function submitAmount(state: WalkthroughState, amount: string): TransitionResult {
  if (state.method === null) return no({ code: 'incomplete' })
  const check = checkAmount(amount, state.network, state.method, state.credentials)
  if (!check.ok) return no(check.problem)
  return ok({ ...state, amount: check.text, step: 'review', reached: 'review' })
}

/** Only a solo Ethereum validator has withdrawal credentials to choose (before signing). */
export function hasCredentialsChoice(state: WalkthroughState): boolean {
  return state.network === 'ethereum' && state.method === 'solo'
}

function setCredentials(state: WalkthroughState, credentials: CredentialsId): TransitionResult {
  if (!hasCredentialsChoice(state)) return no({ code: 'credentials-fixed' })
  if (!CREDENTIAL_IDS.includes(credentials)) return no({ code: 'unknown-event' })
  if (credentials === state.credentials) return no({ code: 'already-done' })
  if (stepIndex(state.reached) >= stepIndex('review') && state.method !== null) {
    // The accepted amount must stay valid: 100 ETH with 0x02 cannot become a 0x01 validator (32 ETH counts).
    const check = checkAmount(state.amount, state.network, state.method, credentials)
    if (!check.ok) return no(check.problem)
  }
  return ok({ ...state, credentials, restake: restakeRule(state.network, 'solo', credentials).initial })
}

function advance(state: WalkthroughState, days: number): TransitionResult {
  if (state.exit !== null) return no({ code: 'locked-unstaking' })
  if (isSlashedOut(state)) return no({ code: 'slashed' })
  if (!(ADVANCE_DAYS as readonly number[]).includes(days)) return no({ code: 'bad-advance' })
  if (state.days + days > MAX_DAYS) return no({ code: 'too-long', maxDays: MAX_DAYS })
  return ok({ ...state, days: state.days + days })
}

function setRestake(state: WalkthroughState, restake: boolean): TransitionResult {
  if (state.method === null || !restakeRule(state.network, state.method).choosable)
    return no({ code: 'restake-fixed' })
  if (state.exit !== null) return no({ code: 'locked-unstaking' })
  if (Object.keys(state.incidents).length > 0) return no({ code: 'locked-incident' })
  if (restake === state.restake) return no({ code: 'already-done' })
  return ok({ ...state, restake })
}

function trigger(
  state: WalkthroughState,
  incident: WalkthroughEvent & { type: 'TRIGGER' },
): TransitionResult {
  const option = incidentOptions(state).find((o) => o.incident === incident.incident)
  if (option === undefined) return no({ code: 'incident-unavailable', incident: incident.incident })
  if (option.blockedBy !== null) return no({ code: 'incident-unavailable', incident: incident.incident })
  const incidents = { ...state.incidents, [incident.incident]: state.days }
  const days = incident.incident === 'downtime' ? state.days + DOWNTIME_DAYS : state.days
  return ok({ ...state, incidents, days })
}

function unstake(state: WalkthroughState, route: ExitRoute): TransitionResult {
  if (state.exit !== null) return no({ code: 'already-done' })
  if (!exitRoutes(state.method).includes(route)) return no({ code: 'bad-route' })
  return ok({ ...state, exit: route })
}

/**
 * The walkthrough's only way to change state. Returns the next state, or a typed rejection for an event
 * that is not allowed now (it never throws, whatever the event carries). The UI offers only
 * `availableEvents(state)`, so a rejection reaching the reader means bad input (e.g. an amount).
 */
export function transition(state: WalkthroughState, event: WalkthroughEvent): TransitionResult {
  if (typeof event !== 'object' || event === null) return no({ code: 'unknown-event' })
  const signedLock = (): TransitionResult | null => (isSigned(state) ? no({ code: 'locked-signed' }) : null)
  switch (event.type) {
    case 'SELECT_NETWORK':
      return onlyAt(state, 'setup') ?? signedLock() ?? chooseNetwork(state, event.network)
    case 'SELECT_METHOD':
      return onlyAt(state, 'setup') ?? signedLock() ?? chooseMethod(state, event.method)
    case 'SELECT_PROVIDER':
      return onlyAt(state, 'provider') ?? signedLock() ?? chooseProvider(state, event.provider)
    case 'SUBMIT_AMOUNT':
      return onlyAt(state, 'amount') ?? signedLock() ?? submitAmount(state, String(event.amount))
    case 'SET_CREDENTIALS':
      return onlyAt(state, 'amount', 'review') ?? signedLock() ?? setCredentials(state, event.credentials)
    case 'SIGN':
      return (
        onlyAt(state, 'review') ?? signedLock() ?? ok({ ...state, step: 'activation', reached: 'activation' })
      )
    case 'ACTIVATE':
      if (state.step !== 'activation') return no({ code: 'wrong-step', expected: ['activation'] })
      return isActive(state)
        ? no({ code: 'already-done' })
        : ok({ ...state, step: 'rewards', reached: 'rewards', days: 0 })
    case 'ADVANCE':
      return onlyAt(state, 'rewards') ?? advance(state, event.days)
    case 'SET_RESTAKE':
      return onlyAt(state, 'rewards') ?? setRestake(state, event.restake === true)
    case 'TRIGGER':
      return onlyAt(state, 'incidents') ?? trigger(state, event)
    case 'UNSTAKE':
      return onlyAt(state, 'unstake') ?? unstake(state, event.route)
    case 'WITHDRAW':
      if (state.step !== 'unstake') return no({ code: 'wrong-step', expected: ['unstake'] })
      if (state.exit === null) return no({ code: 'incomplete' })
      return ok({ ...state, step: 'summary', reached: 'summary' })
    case 'NEXT':
      return next(state)
    case 'BACK':
      return stepIndex(state.step) === 0
        ? no({ code: 'first-step' })
        : ok({ ...state, step: stepAt(stepIndex(state.step) - 1) })
    case 'GOTO':
      if (!STEP_IDS.includes(event.step) || stepIndex(event.step) > stepIndex(state.reached))
        return no({ code: 'not-reached' })
      return ok({ ...state, step: event.step })
    case 'RESTART':
      return ok(initialState(state.network))
    default:
      return no({ code: 'unknown-event' })
  }
}

/** Every event the current step can offer that `transition` accepts; the UI renders exactly these. */
export function availableEvents(state: WalkthroughState): WalkthroughEvent[] {
  const candidates: WalkthroughEvent[] = [
    ...NETWORK_IDS.map((network) => ({ type: 'SELECT_NETWORK' as const, network })),
    ...(NETWORK_PRESETS[state.network].methods as readonly StakingMethod[]).map((method) => ({
      type: 'SELECT_METHOD' as const,
      method,
    })),
    ...(state.method === null ? [] : providersFor(state.network, state.method)).map((p) => ({
      type: 'SELECT_PROVIDER' as const,
      provider: p.id,
    })),
    ...(state.method === null
      ? []
      : [
          {
            type: 'SUBMIT_AMOUNT' as const,
            amount:
              state.amount !== '' &&
              checkAmount(state.amount, state.network, state.method, state.credentials).ok
                ? state.amount
                : suggestedAmount(state.network, state.method),
          },
        ]),
    ...CREDENTIAL_IDS.map((credentials) => ({ type: 'SET_CREDENTIALS' as const, credentials })),
    { type: 'SIGN' },
    { type: 'ACTIVATE' },
    ...ADVANCE_DAYS.map((days) => ({ type: 'ADVANCE' as const, days })),
    { type: 'SET_RESTAKE', restake: !state.restake },
    ...incidentOptions(state).map((o) => ({ type: 'TRIGGER' as const, incident: o.incident })),
    ...exitRoutes(state.method).map((route) => ({ type: 'UNSTAKE' as const, route })),
    { type: 'WITHDRAW' },
    { type: 'NEXT' },
    { type: 'BACK' },
    ...STEP_IDS.map((step) => ({ type: 'GOTO' as const, step })),
    { type: 'RESTART' },
  ]
  return candidates.filter((event) => {
    if (event.type === 'SELECT_NETWORK' && event.network === state.network) return false
    if (event.type === 'GOTO' && event.step === state.step) return false
    if (event.type === 'RESTART' && state.method === null) return false
    return transition(state, event).ok
  })
}
