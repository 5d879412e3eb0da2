import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { scenarioArb } from './arbitraries'
import { DEFAULT_SCENARIO, presetScenario } from './defaults'
import { formReducer, initForm } from './form'
import type { FormAction, FormState, TextField } from './form'
import { parseScenarioQuery } from './parse'
import { scenarioProblem } from './check'
import { scenarioToQueryString, scenarioToSearchParams } from './serialize'

const start = (query = '') => initForm(parseScenarioQuery(query))
const run = (state: FormState, ...actions: FormAction[]) => actions.reduce(formReducer, state)
const type = (field: TextField, text: string): FormAction => ({ type: 'edit', field, text })

describe('formReducer', () => {
  it('shows the scenario in the fields, rounding only what is displayed', () => {
    const state = start('network=ethereum')
    // the preset's exact rate (2.7840375% with the snapshot's ETH staked) is shown to 4 decimals
    const exact = presetScenario('eth-solo').rate
    expect(state.text.rate).toBe(String(Number(exact.toFixed(4))))
    expect(state.text.rate).not.toBe(String(exact))
    expect(state.scenario.rate).toBe(exact)
    expect(state.text).toMatchObject({ amount: '32', duration: '365', symbol: 'ETH', commission: '0' })
  })

  it('puts query issues on the field they concern', () => {
    const state = start('amount=abc&days=1.5')
    expect(state.errors.amount).toBe(
      'Amount must be a number, such as 1000 or 2.5; using the default, 1,000 tokens',
    )
    expect(state.errors.duration).toBe('Duration must be a whole number of days; using 2 days')
  })

  const edits: Array<{ name: string; actions: FormAction[]; scenario: object; error?: [string, string] }> = [
    {
      name: 'a valid amount updates the scenario',
      actions: [type('amount', '2,500')],
      scenario: { amount: 2500 },
    },
    {
      name: 'an invalid amount keeps the last valid one',
      actions: [type('amount', '12'), type('amount', '12x')],
      scenario: { amount: 12 },
      error: ['amount', 'Amount must be a number, such as 1000 or 2.5. Results use 12 tokens.'],
    },
    {
      name: 'a decimal comma is explained, and one token is singular',
      actions: [type('amount', '1'), type('amount', '1,5')],
      scenario: { amount: 1 },
      error: [
        'amount',
        'Amount takes a point for decimals, such as 1.5; a comma only separates thousands, as in 1,000. Results use 1 token.',
      ],
    },
    {
      name: 'an APR field left empty names the APR as written',
      actions: [type('rate', '')],
      scenario: { rate: 5 },
      error: ['rate', 'APR is needed. Results use 5% APR.'],
    },
    {
      name: 'an empty amount asks for one',
      actions: [type('amount', '')],
      scenario: { amount: 1000 },
      error: ['amount', 'Amount is needed. Results use 1,000 tokens.'],
    },
    {
      name: 'a commission above 100% is refused',
      actions: [type('commission', '150')],
      scenario: { commission: 0 },
      error: ['commission', 'Commission must be between 0% and 100%. Results use 0%.'],
    },
    {
      name: 'an optional field can be emptied',
      actions: [type('price', '3'), type('price', '')],
      scenario: { ...DEFAULT_SCENARIO },
    },
    {
      name: 'a duration in years becomes whole days',
      actions: [{ type: 'durationUnit', unit: 'years' }, type('duration', '2.5')],
      scenario: { days: 913 },
    },
    {
      name: 'a duration in months uses a twelfth of 365 days',
      actions: [{ type: 'durationUnit', unit: 'months' }, type('duration', '6')],
      scenario: { days: 183 },
    },
    {
      name: 'every 5 days is 73 periods a year',
      actions: [{ type: 'compoundingMode', mode: 'every-n-days' }],
      scenario: { compounding: 73 },
    },
    {
      name: 'every 7 days does not fit the year and says what does',
      actions: [{ type: 'compoundingMode', mode: 'every-n-days' }, type('everyNDays', '7')],
      scenario: { compounding: 73 },
      error: [
        'everyNDays',
        'Compounding every 7 days does not fit a 365-day year a whole number of times; choose every 1, 5, 73 or 365 days, or weekly or monthly. Results use 73 times a year.',
      ],
    },
    {
      name: 'N times a year',
      actions: [{ type: 'compoundingMode', mode: 'per-year' }, type('perYear', '146')],
      scenario: { compounding: 146 },
    },
    {
      name: 'growth too large to show is refused on the field being edited',
      actions: [
        type('rate', '1000'),
        { type: 'compoundingMode', mode: 'continuous' },
        type('duration', '36500'),
      ],
      scenario: { rate: 1000, days: 365, compounding: 'continuous' },
      error: [
        'duration',
        'This projection grows more than 10^120-fold, too large to show. Shorten the period or lower the APR. Results use 365 days.',
      ],
    },
  ]
  it.each(edits)('$name', ({ actions, scenario, error }) => {
    const state = run(start(), ...actions)
    expect(state.scenario).toMatchObject(scenario)
    if (error) expect(state.errors[error[0] as TextField]).toBe(error[1])
    else expect(state.errors).toEqual({})
  })

  it('switches APR to APY with the engine conversion, rounded as the field shows it, and back exactly', () => {
    const apy = run(start(), { type: 'rateKind', kind: 'apy' })
    expect(apy.scenario.rateKind).toBe('apy')
    expect(apy.text.rate).toBe('5.1267')
    // (1 + 0.05/365)^365 − 1 = 5.126749646746…% (40-digit decimal); the link carries what the field shows.
    expect(apy.scenario.rate).toBe(5.1267)
    expect(scenarioToQueryString(apy.scenario)).toBe('?apy=5.1267')
    const back = run(apy, { type: 'rateKind', kind: 'apr' })
    expect(back.scenario).toEqual(DEFAULT_SCENARIO)
  })

  it('takes an exact APR from a reward model, refusing one above 1,000%', () => {
    const state = run(start('apy=6'), { type: 'setApr', rate: 3.123456789 })
    expect(state.scenario).toMatchObject({ rateKind: 'apr', rate: 3.123456789 })
    expect(state.text.rate).toBe('3.1235')
    const refused = run(state, { type: 'setApr', rate: 16_600 })
    expect(refused.scenario.rate).toBe(3.123456789)
    expect(refused.errors.rate).toBe('APR must be between 0% and 1,000%. Results use 3.1235% APR.')
  })

  it('applies a network preset, keeping duration and currency', () => {
    const state = run(start('days=730&currency=EUR&price=3'), { type: 'network', network: 'cosmos' })
    expect(state.scenario).toEqual({ ...presetScenario('cosmos-delegate'), days: 730, currency: 'EUR' })
  })

  it('keeps the values but drops the network for a custom scenario', () => {
    const state = run(start('network=solana'), { type: 'network', network: null })
    const { network: _, ...rest } = presetScenario('solana-delegate')
    expect(state.scenario).toEqual(rest)
  })

  it('keeps a usable scenario that survives the URL, whatever is typed', () => {
    const fields: TextField[] = [
      'amount',
      'rate',
      'commission',
      'duration',
      'price',
      'priceChange',
      'inflation',
    ]
    fc.assert(
      fc.property(
        scenarioArb,
        fc.array(fc.tuple(fc.constantFrom(...fields), fc.string({ maxLength: 12 }))),
        (s, typed) => {
          const state = run(initForm({ scenario: s, issues: [] }), ...typed.map(([f, t]) => type(f, t)))
          expect(scenarioProblem(state.scenario)).toBeNull()
          const url = scenarioToSearchParams(state.scenario)
          expect(parseScenarioQuery(url)).toEqual({ scenario: state.scenario, issues: [] })
        },
      ),
      { numRuns: 200 },
    )
  })
})
