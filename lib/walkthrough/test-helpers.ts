import type { NetworkId } from '@/lib/calculator'
import { initialState, transition } from './machine'
import type { WalkthroughEvent, WalkthroughState } from './types'

/** Applies events from a fresh start (or `from`), failing loudly on the first rejection. Tests only. */
export function walk(
  events: WalkthroughEvent[],
  from: WalkthroughState | NetworkId = 'ethereum',
): WalkthroughState {
  let state = typeof from === 'string' ? initialState(from) : from
  for (const event of events) {
    const result = transition(state, event)
    if (!result.ok) throw new Error(`${event.type} rejected: ${JSON.stringify(result.rejection)}`)
    state = result.state
  }
  return state
}

/** The events of a whole stake up to the rewards step. */
export function toRewards(
  method: WalkthroughEvent & { type: 'SELECT_METHOD' },
  provider: string,
  amount: string,
): WalkthroughEvent[] {
  return [
    method,
    { type: 'SELECT_PROVIDER', provider },
    { type: 'SUBMIT_AMOUNT', amount },
    { type: 'SIGN' },
    { type: 'ACTIVATE' },
  ]
}
