import { describe, expect, it } from 'vitest'
import { availableEvents, initialState, isSigned, transition } from './machine'
import { toRewards, walk } from './test-helpers'
import type { Rejection, WalkthroughEvent, WalkthroughState } from './types'

const cosmosDelegate = { type: 'SELECT_METHOD', method: 'delegated' } as const
const atRewards = () => walk(toRewards(cosmosDelegate, 'b', '100'), 'cosmos')
const atIncidents = () => walk([{ type: 'ADVANCE', days: 30 }, { type: 'NEXT' }], atRewards())
const atUnstake = () => walk([{ type: 'NEXT' }], atIncidents())

function rejection(state: WalkthroughState, event: WalkthroughEvent): Rejection['code'] | 'accepted' {
  const result = transition(state, event)
  return result.ok ? 'accepted' : result.rejection.code
}

describe('transition: accepted events', () => {
  it('starts on step 1 with the chosen network and nothing else', () => {
    expect(initialState('solana')).toMatchObject({
      step: 'setup',
      reached: 'setup',
      network: 'solana',
      method: null,
    })
  })

  it('switching network clears every choice', () => {
    const s = walk(
      [
        { type: 'SELECT_METHOD', method: 'liquid' },
        { type: 'BACK' },
        { type: 'SELECT_NETWORK', network: 'solana' },
      ],
      'cosmos',
    )
    expect(s).toEqual(initialState('solana'))
  })

  it('choosing a method moves to step 2 and sets the method’s restake default', () => {
    expect(walk([cosmosDelegate], 'cosmos')).toMatchObject({
      step: 'provider',
      reached: 'provider',
      restake: false,
    })
    expect(walk([{ type: 'SELECT_METHOD', method: 'liquid' }], 'cosmos')).toMatchObject({ restake: true })
  })

  it('choosing a provider moves to the amount; a new provider keeps the amount but resets progress', () => {
    const s = walk(
      [
        cosmosDelegate,
        { type: 'SELECT_PROVIDER', provider: 'b' },
        { type: 'SUBMIT_AMOUNT', amount: '250.50' },
      ],
      'cosmos',
    )
    expect(s).toMatchObject({ step: 'review', reached: 'review', amount: '250.5' })
    const back = walk(
      [
        { type: 'GOTO', step: 'provider' },
        { type: 'SELECT_PROVIDER', provider: 'f' },
      ],
      s,
    )
    expect(back).toMatchObject({ step: 'amount', reached: 'amount', provider: 'f', amount: '250.5' })
  })

  it('signing, activating, advancing time and restaking', () => {
    const s = walk(
      [
        { type: 'SET_RESTAKE', restake: true },
        { type: 'ADVANCE', days: 365 },
        { type: 'ADVANCE', days: 7 },
      ],
      atRewards(),
    )
    expect(s).toMatchObject({ step: 'rewards', days: 372, restake: true })
    expect(isSigned(s)).toBe(true)
  })

  it('a solo Ethereum validator chooses its withdrawal credentials before signing; 0x02 restakes', () => {
    const atReview = walk([
      { type: 'SELECT_METHOD', method: 'solo' },
      { type: 'SELECT_PROVIDER', provider: 'b' },
      { type: 'SUBMIT_AMOUNT', amount: '32' },
    ])
    expect(atReview).toMatchObject({ step: 'review', credentials: '0x01', restake: false })
    const chosen = walk([{ type: 'SET_CREDENTIALS', credentials: '0x02' }], atReview)
    expect(chosen).toMatchObject({ step: 'review', credentials: '0x02', restake: true })
    expect(walk([{ type: 'SET_CREDENTIALS', credentials: '0x01' }], chosen)).toEqual(atReview)
    const signed = walk([{ type: 'SIGN' }, { type: 'GOTO', step: 'review' }], chosen)
    expect(transition(signed, { type: 'SET_CREDENTIALS', credentials: '0x01' })).toEqual({
      ok: false,
      rejection: { code: 'locked-signed' },
    })
    expect(availableEvents(signed).some((e) => e.type === 'SET_CREDENTIALS')).toBe(false)
    expect(availableEvents(chosen)).toContainEqual({ type: 'SET_CREDENTIALS', credentials: '0x01' })
    // Choosing another method starts over with the default credentials
    const liquid = walk(
      [
        { type: 'GOTO', step: 'setup' },
        { type: 'SELECT_METHOD', method: 'liquid' },
      ],
      chosen,
    )
    expect(liquid.credentials).toBe('0x01')
    expect(
      transition(walk([{ type: 'SELECT_PROVIDER', provider: 'a' }], liquid), {
        type: 'SET_CREDENTIALS',
        credentials: '0x02',
      }),
    ).toEqual({ ok: false, rejection: { code: 'credentials-fixed' } })
  })

  it('a 0x02 validator stakes any amount from 32 to 2,048 ETH; a 0x01 validator stakes 32 ETH', () => {
    const atAmount = walk([
      { type: 'SELECT_METHOD', method: 'solo' },
      { type: 'SELECT_PROVIDER', provider: 'b' },
    ])
    // 0x01 (the default): only 32 ETH counts; 100 ETH = 3 validators' worth, 68 ETH would earn nothing
    expect(transition(atAmount, { type: 'SUBMIT_AMOUNT', amount: '100' })).toEqual({
      ok: false,
      rejection: { code: 'amount-above-0x01', effective: 32, excess: 68, validators: 3 },
    })
    const compounding = walk([{ type: 'SET_CREDENTIALS', credentials: '0x02' }], atAmount)
    const big = walk([{ type: 'SUBMIT_AMOUNT', amount: '1,500.25' }], compounding)
    expect(big).toMatchObject({ step: 'review', amount: '1500.25', credentials: '0x02', restake: true })
    expect(rejection(compounding, { type: 'SUBMIT_AMOUNT', amount: '2048' })).toBe('accepted')
    expect(transition(compounding, { type: 'SUBMIT_AMOUNT', amount: '2048.5' })).toEqual({
      ok: false,
      rejection: { code: 'amount-above-0x02', maximum: 2048 },
    })
    expect(transition(compounding, { type: 'SUBMIT_AMOUNT', amount: '31' })).toEqual({
      ok: false,
      rejection: { code: 'amount-below-minimum', minimum: 32 },
    })
    // Switching back to 0x01 would leave 1,468.25 ETH not earning: refused with the amount's reason,
    // on the review step and after going back to the amount step alike (the amount was accepted)
    const back = { type: 'SET_CREDENTIALS', credentials: '0x01' } as const
    const refused = {
      ok: false,
      rejection: { code: 'amount-above-0x01', effective: 32, excess: 1468.25, validators: 46 },
    }
    expect(transition(big, back)).toEqual(refused)
    expect(transition(walk([{ type: 'GOTO', step: 'amount' }], big), back)).toEqual(refused)
    expect(availableEvents(big).some((e) => e.type === 'SET_CREDENTIALS')).toBe(false)
    // With 32 ETH both kinds fit, so the switch stays offered
    const at32 = walk([{ type: 'SUBMIT_AMOUNT', amount: '32' }], compounding)
    expect(availableEvents(at32)).toContainEqual(back)
  })

  it('downtime moves the clock by two days and records when it began', () => {
    const s = walk([{ type: 'TRIGGER', incident: 'downtime' }], atIncidents())
    expect(s).toMatchObject({ days: 32, incidents: { downtime: 30 } })
  })

  it('unstaking, then withdrawing, reaches the summary', () => {
    const s = walk([{ type: 'UNSTAKE', route: 'standard' }, { type: 'WITHDRAW' }], atUnstake())
    expect(s).toMatchObject({ step: 'summary', reached: 'summary', exit: 'standard' })
  })

  it('back, go-to and restart work from every step', () => {
    const s = walk([{ type: 'UNSTAKE', route: 'standard' }, { type: 'WITHDRAW' }], atUnstake())
    expect(walk([{ type: 'BACK' }], s).step).toBe('unstake')
    expect(walk([{ type: 'GOTO', step: 'setup' }], s)).toMatchObject({ step: 'setup', reached: 'summary' })
    expect(walk([{ type: 'GOTO', step: 'setup' }, { type: 'NEXT' }, { type: 'NEXT' }], s).step).toBe('amount')
    expect(walk([{ type: 'RESTART' }], s)).toEqual(initialState('cosmos'))
  })
})

describe('transition: rejected events', () => {
  it.each<[string, () => WalkthroughState, WalkthroughEvent, Rejection['code']]>([
    [
      'a method at step 2',
      () => walk([cosmosDelegate], 'cosmos'),
      { type: 'SELECT_METHOD', method: 'liquid' },
      'wrong-step',
    ],
    [
      'solo staking on the Cosmos Hub',
      () => initialState('cosmos'),
      { type: 'SELECT_METHOD', method: 'solo' },
      'not-offered',
    ],
    [
      'delegation on Ethereum',
      () => initialState('ethereum'),
      { type: 'SELECT_METHOD', method: 'delegated' },
      'not-offered',
    ],
    [
      'an unknown network',
      () => initialState(),
      { type: 'SELECT_NETWORK', network: 'bitcoin' as never },
      'unknown-network',
    ],
    [
      'an unknown provider',
      () => walk([cosmosDelegate], 'cosmos'),
      { type: 'SELECT_PROVIDER', provider: 'z' },
      'unknown-provider',
    ],
    ['NEXT before choosing a method', () => initialState(), { type: 'NEXT' }, 'incomplete'],
    [
      'NEXT past an unsigned review',
      () =>
        walk(
          [
            cosmosDelegate,
            { type: 'SELECT_PROVIDER', provider: 'b' },
            { type: 'SUBMIT_AMOUNT', amount: '5' },
          ],
          'cosmos',
        ),
      { type: 'NEXT' },
      'incomplete',
    ],
    [
      'NEXT before activation',
      () =>
        walk(
          [
            cosmosDelegate,
            { type: 'SELECT_PROVIDER', provider: 'b' },
            { type: 'SUBMIT_AMOUNT', amount: '5' },
            { type: 'SIGN' },
          ],
          'cosmos',
        ),
      { type: 'NEXT' },
      'incomplete',
    ],
    [
      'an empty amount',
      () => walk([cosmosDelegate, { type: 'SELECT_PROVIDER', provider: 'b' }], 'cosmos'),
      { type: 'SUBMIT_AMOUNT', amount: ' ' },
      'amount-empty',
    ],
    [
      'more than the balance',
      () => walk([cosmosDelegate, { type: 'SELECT_PROVIDER', provider: 'b' }], 'cosmos'),
      { type: 'SUBMIT_AMOUNT', amount: '500' },
      'amount-above-balance',
    ],
    [
      'a changed method after signing',
      () => walk([{ type: 'GOTO', step: 'setup' }], atRewards()),
      { type: 'SELECT_METHOD', method: 'liquid' },
      'locked-signed',
    ],
    [
      'a changed amount after signing',
      () => walk([{ type: 'GOTO', step: 'amount' }], atRewards()),
      { type: 'SUBMIT_AMOUNT', amount: '5' },
      'locked-signed',
    ],
    [
      'signing twice',
      () => walk([{ type: 'GOTO', step: 'review' }], atRewards()),
      { type: 'SIGN' },
      'locked-signed',
    ],
    [
      'activating twice',
      () => walk([{ type: 'GOTO', step: 'activation' }], atRewards()),
      { type: 'ACTIVATE' },
      'already-done',
    ],
    ['an odd time step', atRewards, { type: 'ADVANCE', days: 3 }, 'bad-advance'],
    [
      'time beyond ten years',
      () =>
        walk(
          Array.from({ length: 10 }, () => ({ type: 'ADVANCE', days: 365 }) as const),
          atRewards(),
        ),
      { type: 'ADVANCE', days: 1 },
      'too-long',
    ],
    [
      'time after a solo or delegated slashing',
      () => walk([{ type: 'TRIGGER', incident: 'slashing' }, { type: 'BACK' }], atIncidents()),
      { type: 'ADVANCE', days: 1 },
      'slashed',
    ],
    [
      'time after unstaking',
      () =>
        walk(
          [
            { type: 'UNSTAKE', route: 'standard' },
            { type: 'GOTO', step: 'rewards' },
          ],
          atUnstake(),
        ),
      { type: 'ADVANCE', days: 1 },
      'locked-unstaking',
    ],
    [
      'restaking that cannot be chosen',
      () => walk(toRewards({ type: 'SELECT_METHOD', method: 'delegated' }, 'b', '10'), 'solana'),
      { type: 'SET_RESTAKE', restake: false },
      'restake-fixed',
    ],
    [
      'restaking after an incident',
      () => walk([{ type: 'TRIGGER', incident: 'downtime' }, { type: 'BACK' }], atIncidents()),
      { type: 'SET_RESTAKE', restake: true },
      'locked-incident',
    ],
    ['the same restake setting', atRewards, { type: 'SET_RESTAKE', restake: false }, 'already-done'],
    [
      'a liquid-token discount on a delegation',
      atIncidents,
      { type: 'TRIGGER', incident: 'discount' },
      'incident-unavailable',
    ],
    [
      'a platform pause on a delegation',
      atIncidents,
      { type: 'TRIGGER', incident: 'pause' },
      'incident-unavailable',
    ],
    [
      'the same incident twice',
      () => walk([{ type: 'TRIGGER', incident: 'downtime' }], atIncidents()),
      { type: 'TRIGGER', incident: 'downtime' },
      'incident-unavailable',
    ],
    [
      'downtime after the validator was slashed',
      () => walk([{ type: 'TRIGGER', incident: 'slashing' }], atIncidents()),
      { type: 'TRIGGER', incident: 'downtime' },
      'incident-unavailable',
    ],
    [
      'slashing on Solana',
      () =>
        walk(
          [{ type: 'NEXT' }],
          walk(toRewards({ type: 'SELECT_METHOD', method: 'delegated' }, 'b', '10'), 'solana'),
        ),
      { type: 'TRIGGER', incident: 'slashing' },
      'incident-unavailable',
    ],
    [
      'an incident after unstaking',
      () => walk([{ type: 'UNSTAKE', route: 'standard' }, { type: 'BACK' }], atUnstake()),
      { type: 'TRIGGER', incident: 'downtime' },
      'incident-unavailable',
    ],
    ['selling a token that is not liquid', atUnstake, { type: 'UNSTAKE', route: 'swap' }, 'bad-route'],
    [
      'unstaking twice',
      () => walk([{ type: 'UNSTAKE', route: 'standard' }], atUnstake()),
      { type: 'UNSTAKE', route: 'standard' },
      'already-done',
    ],
    ['withdrawing before unstaking', atUnstake, { type: 'WITHDRAW' }, 'incomplete'],
    ['withdrawing from another step', atRewards, { type: 'WITHDRAW' }, 'wrong-step'],
    ['back from step 1', () => initialState(), { type: 'BACK' }, 'first-step'],
    ['a step not reached yet', () => initialState(), { type: 'GOTO', step: 'rewards' }, 'not-reached'],
    [
      'NEXT on the summary',
      () => walk([{ type: 'UNSTAKE', route: 'standard' }, { type: 'WITHDRAW' }], atUnstake()),
      { type: 'NEXT' },
      'not-reached',
    ],
    ['an unknown event', () => initialState(), { type: 'EXPLODE' } as never, 'unknown-event'],
  ])('rejects %s', (_label, state, event, code) => {
    expect(rejection(state(), event)).toBe(code)
  })

  it('never throws, whatever the event carries', () => {
    const s = atRewards()
    const junk = [
      null,
      undefined,
      42,
      'x',
      {},
      { type: 'ADVANCE', days: Number.NaN },
      { type: 'SUBMIT_AMOUNT' },
      { type: 'GOTO', step: '__proto__' },
    ]
    for (const event of junk) expect(() => transition(s, event as never)).not.toThrow()
  })
})

describe('availableEvents', () => {
  it('offers only events the machine accepts, at every step of a stake', () => {
    const states = [
      initialState('cosmos'),
      walk([cosmosDelegate], 'cosmos'),
      atRewards(),
      atIncidents(),
      atUnstake(),
    ]
    for (const s of states) {
      const events = availableEvents(s)
      expect(events.length).toBeGreaterThan(0)
      for (const e of events) expect(transition(s, e).ok, `${s.step}: ${JSON.stringify(e)}`).toBe(true)
    }
  })

  it('offers exactly the incidents that can happen on the path', () => {
    const triggers = (s: WalkthroughState) =>
      availableEvents(s).flatMap((e) => (e.type === 'TRIGGER' ? [e.incident] : []))
    expect(triggers(atIncidents())).toEqual(['downtime', 'slashing'])
    const liquid = walk(
      [...toRewards({ type: 'SELECT_METHOD', method: 'liquid' }, 'b', '1'), { type: 'NEXT' }],
      'ethereum',
    )
    expect(triggers(liquid)).toEqual(['slashing', 'discount'])
    const exchange = walk(
      [...toRewards({ type: 'SELECT_METHOD', method: 'exchange' }, 'a', '10'), { type: 'NEXT' }],
      'solana',
    )
    expect(triggers(exchange)).toEqual(['pause'])
  })

  it('never offers changing a signed choice, only revisiting it', () => {
    const s = walk([{ type: 'GOTO', step: 'setup' }], atRewards())
    const types = availableEvents(s).map((e) => e.type)
    expect(types).not.toContain('SELECT_METHOD')
    expect(types).not.toContain('SELECT_NETWORK')
    expect(types).toEqual(expect.arrayContaining(['NEXT', 'GOTO', 'RESTART']))
  })
})
