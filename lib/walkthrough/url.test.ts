import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { availableEvents, initialState, isActive, isSigned, transition } from './machine'
import { stepIndex } from './steps'
import { toRewards, walk } from './test-helpers'
import { QUERY_KEYS, isCanonicalQuery, parseQuery, serializeState, walkthroughHref } from './url'
import { NETWORK_IDS, STEP_IDS, type WalkthroughEvent, type WalkthroughState } from './types'

/** A solo validator with 0x02 credentials chosen before its amount, up to the rewards step. */
const soloCompoundingToRewards = (amount: string): WalkthroughEvent[] => [
  { type: 'SELECT_METHOD', method: 'solo' },
  { type: 'SELECT_PROVIDER', provider: 'b' },
  { type: 'SET_CREDENTIALS', credentials: '0x02' },
  ...toRewards({ type: 'SELECT_METHOD', method: 'solo' }, 'b', amount).slice(2),
]

/** Time-control events adding up to `days` (largest steps first, as the URL replays them). */
function advanceEvents(days: number): WalkthroughEvent[] {
  const events: WalkthroughEvent[] = []
  for (let left = days, step = 365; left > 0;) {
    step = [365, 30, 7, 1].find((s) => s <= left) ?? 1
    events.push({ type: 'ADVANCE', days: step })
    left -= step
  }
  return events
}

/** Amounts a reader might type besides the suggested one (solo Ethereum: 0x02 takes 32 … 2,048 ETH). */
const TYPED_AMOUNTS = ['32', '40', '100.5', '2048', '2048.5', '0.5', '12.5'] as const

/**
 * A state reached by `choices` random picks among the available events, plus amounts typed by hand on the
 * amount step (refused ones leave the state as it was).
 */
const reachableState = fc
  .record({
    network: fc.constantFrom(...NETWORK_IDS),
    choices: fc.array(fc.nat(), { maxLength: 60 }),
  })
  .map(({ network, choices }) => {
    let state = initialState(network)
    for (const pick of choices) {
      const typed = TYPED_AMOUNTS.map((amount) => ({ type: 'SUBMIT_AMOUNT' as const, amount }))
      const events = [...availableEvents(state), ...(state.step === 'amount' ? typed : [])]
      const event = events[pick % events.length]
      if (event === undefined) break
      const result = transition(state, event)
      if (result.ok) state = result.state
    }
    return state
  })

const hostileValue = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '',
    ' ',
    '-1',
    '1e309',
    'NaN',
    'Infinity',
    '0x10',
    '__proto__',
    'constructor',
    '9'.repeat(400),
  ),
  fc.nat({ max: 5000 }).map(String),
  fc.constantFrom('setup', 'rewards', 'summary', 'cosmos', 'liquid', 'swap', 'on', 'off', 'b', '32', '100'),
)

const hostileQuery = fc.dictionary(
  fc.oneof(fc.constantFrom(...QUERY_KEYS, '__proto__', 'constructor', 'toString'), fc.string()),
  fc.oneof(hostileValue, fc.array(hostileValue, { maxLength: 3 })),
)

describe('parseQuery and serializeState', () => {
  it('round-trips every reachable state exactly', () => {
    fc.assert(
      fc.property(reachableState, (state) => {
        expect(parseQuery(serializeState(state))).toEqual(state)
      }),
      { numRuns: 300 },
    )
  })

  it('never throws on a hostile query and always yields a canonical, stable state', () => {
    fc.assert(
      fc.property(hostileQuery, (query) => {
        const state = parseQuery(query)
        const again = parseQuery(serializeState(state))
        expect(again).toEqual(state)
        expect(isCanonicalQuery(serializeState(state), state)).toBe(true)
      }),
      { numRuns: 400 },
    )
  })

  it('parses every solo-validator query to a state reached by valid events, its amount fitting its credentials', () => {
    const soloQuery = fc.record({
      step: fc.constantFrom(...STEP_IDS),
      amount: fc.oneof(
        fc.constantFrom(...TYPED_AMOUNTS),
        fc.double({ min: 0, max: 3000, noNaN: true }).map((n) => n.toFixed(2)),
      ),
      credentials: fc.constantFrom('0x01', '0x02', 'x'),
      days: fc.nat({ max: 400 }).map(String),
    })
    fc.assert(
      fc.property(soloQuery, (q) => {
        const state = parseQuery({ ...q, method: 'solo', provider: 'b' })
        // Reachable: the same state by valid events from a fresh start (`walk` throws on any rejection)
        const reached = stepIndex(state.reached)
        const events: WalkthroughEvent[] = []
        if (reached >= stepIndex('provider')) events.push({ type: 'SELECT_METHOD', method: 'solo' })
        if (reached >= stepIndex('amount')) events.push({ type: 'SELECT_PROVIDER', provider: 'b' })
        if (state.credentials === '0x02') events.push({ type: 'SET_CREDENTIALS', credentials: '0x02' })
        if (reached >= stepIndex('review')) events.push({ type: 'SUBMIT_AMOUNT', amount: state.amount })
        if (isSigned(state)) events.push({ type: 'SIGN' })
        if (isActive(state)) events.push({ type: 'ACTIVATE' }, ...advanceEvents(state.days))
        if (reached >= stepIndex('incidents')) events.push({ type: 'NEXT' })
        if (reached >= stepIndex('unstake')) events.push({ type: 'NEXT' })
        const replayed = walk(events)
        expect({ ...state, step: state.reached }).toEqual({
          ...replayed,
          amount: state.reached === 'amount' ? state.amount : replayed.amount,
        })
        if (stepIndex(state.reached) >= stepIndex('review')) {
          const cap = state.credentials === '0x02' ? 2048 : 32
          expect(Number(state.amount)).toBeGreaterThanOrEqual(32)
          expect(Number(state.amount)).toBeLessThanOrEqual(cap)
        }
      }),
      { numRuns: 300 },
    )
  })

  it('reproduces a deep link to the rewards step of a restaked Cosmos delegation', () => {
    const state = parseQuery(
      new URLSearchParams(
        'step=rewards&network=cosmos&method=delegated&provider=b&amount=100&restake=on&days=37',
      ),
    )
    expect(state).toEqual(
      walk(
        [
          ...toRewards({ type: 'SELECT_METHOD', method: 'delegated' }, 'b', '100'),
          { type: 'SET_RESTAKE', restake: true },
          { type: 'ADVANCE', days: 30 },
          { type: 'ADVANCE', days: 7 },
        ],
        'cosmos',
      ),
    )
  })

  it('reproduces a solo validator with 0x02 credentials, and ignores credentials where none apply', () => {
    const query = 'step=summary&method=solo&provider=b&amount=32&credentials=0x02&days=365&exit=standard'
    const state = parseQuery(new URLSearchParams(query))
    expect(state).toEqual(
      walk([
        ...soloCompoundingToRewards('32'),
        { type: 'ADVANCE', days: 365 },
        { type: 'NEXT' },
        { type: 'NEXT' },
        { type: 'UNSTAKE', route: 'standard' },
        { type: 'WITHDRAW' },
      ]),
    )
    expect(state).toMatchObject({ step: 'summary', credentials: '0x02', restake: true })
    expect(isCanonicalQuery(new URLSearchParams(query), state)).toBe(true)
    expect(serializeState(state).get('credentials')).toBe('0x02')
    // The default is left out; an unknown value, or credentials on a path without them, are dropped
    const sweep = parseQuery(
      new URLSearchParams('step=review&method=solo&provider=b&amount=32&credentials=0x01'),
    )
    expect(sweep.credentials).toBe('0x01')
    expect(serializeState(sweep).has('credentials')).toBe(false)
    expect(
      parseQuery(new URLSearchParams('step=review&method=solo&provider=b&amount=32&credentials=0x03'))
        .credentials,
    ).toBe('0x01')
    const cosmos = parseQuery(
      new URLSearchParams(
        'step=review&network=cosmos&method=delegated&provider=b&amount=10&credentials=0x02',
      ),
    )
    expect(cosmos).toMatchObject({ step: 'review', credentials: '0x01' })
    expect(serializeState(cosmos).has('credentials')).toBe(false)
  })

  it('replays incidents in the order they happened', () => {
    const s = walk(
      [
        ...toRewards({ type: 'SELECT_METHOD', method: 'solo' }, 'b', '32'),
        { type: 'ADVANCE', days: 30 },
        { type: 'NEXT' },
        { type: 'TRIGGER', incident: 'downtime' },
        { type: 'BACK' },
        { type: 'ADVANCE', days: 7 },
        { type: 'NEXT' },
        { type: 'TRIGGER', incident: 'slashing' },
        { type: 'NEXT' },
        { type: 'UNSTAKE', route: 'standard' },
      ],
      'ethereum',
    )
    const query = serializeState(s).toString()
    expect(query).toBe(
      'step=unstake&method=solo&provider=b&amount=32&days=39&downtime=30&slashing=39&exit=standard',
    )
    expect(parseQuery(new URLSearchParams(query))).toEqual(s)
  })

  it('reproduces a 0x02 validator of 1,500 ETH, and keeps an amount 0x01 refuses on the amount step', () => {
    const query = 'step=rewards&method=solo&provider=b&amount=1500&credentials=0x02&days=30'
    const state = parseQuery(new URLSearchParams(query))
    expect(state).toEqual(walk([...soloCompoundingToRewards('1500'), { type: 'ADVANCE', days: 30 }]))
    expect(isCanonicalQuery(new URLSearchParams(query), state)).toBe(true)
    // The same amount without 0x02 credentials stops the replay at the amount step, amount kept
    const refused = parseQuery(new URLSearchParams('step=rewards&method=solo&provider=b&amount=1500&days=30'))
    expect(refused).toMatchObject({ step: 'amount', reached: 'amount', amount: '1500', credentials: '0x01' })
  })

  it('keeps a mistyped amount on the amount step, for its error message', () => {
    const state = parseQuery({
      step: 'review',
      network: 'cosmos',
      method: 'delegated',
      provider: 'b',
      amount: ' lots ',
    })
    expect(state).toMatchObject({ step: 'amount', reached: 'amount', amount: 'lots' })
  })

  it('falls back to step 1 of the given network on nonsense', () => {
    expect(parseQuery({ step: 'summary', network: 'dogecoin' }, 'solana')).toEqual(initialState('solana'))
    expect(parseQuery({ network: ['cosmos', 'solana'] })).toEqual(initialState('cosmos'))
  })

  it('builds links to the full walkthrough', () => {
    const s: WalkthroughState = initialState('cosmos')
    expect(walkthroughHref(s)).toBe('/walkthrough?network=cosmos')
    expect(walkthroughHref(initialState('ethereum'))).toBe('/walkthrough')
    expect(isCanonicalQuery({}, parseQuery({}))).toBe(true)
  })

  it('treats parameter order as canonical but extra parameters as not', () => {
    const s = parseQuery({ network: 'cosmos', method: 'liquid', step: 'provider' })
    expect(isCanonicalQuery(new URLSearchParams('network=cosmos&step=provider&method=liquid'), s)).toBe(true)
    expect(isCanonicalQuery(new URLSearchParams('network=cosmos&step=provider&method=liquid&utm=x'), s)).toBe(
      false,
    )
  })
})
