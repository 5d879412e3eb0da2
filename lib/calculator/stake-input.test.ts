import { describe, expect, it } from 'vitest'
import { projectStake } from './project'
import { validateStakeInput } from './stake-input'
import type { StakeInput } from './types'

const valid: StakeInput = { principal: 1000, apr: 0.05, commission: 0.1, compounding: 'daily', days: 365 }

describe('validateStakeInput', () => {
  it('accepts URL text and returns typed numbers', () => {
    const result = validateStakeInput({
      principal: ' 32 ',
      apr: '0.035',
      commission: '0',
      compounding: '12',
      days: '730',
      price: '',
      priceChange: '-0.2',
    })
    expect(result).toEqual({
      ok: true,
      value: { principal: 32, apr: 0.035, commission: 0, compounding: 12, days: 730, priceChange: -0.2 },
    })
  })

  const messages: Array<{
    name: string
    raw: Record<string, unknown>
    field: keyof StakeInput
    message: string
  }> = [
    {
      name: 'commission above 100%',
      raw: { commission: 1.5 },
      field: 'commission',
      message: 'Commission must be between 0% and 100%',
    },
    {
      name: 'negative commission',
      raw: { commission: -0.1 },
      field: 'commission',
      message: 'Commission must be between 0% and 100%',
    },
    {
      name: 'fractional days',
      raw: { days: 1.5 },
      field: 'days',
      message: 'Days must be a whole number of days (0 or more)',
    },
    {
      name: 'negative days',
      raw: { days: -1 },
      field: 'days',
      message: 'Days must be a whole number of days (0 or more)',
    },
    {
      name: 'more than 100 years',
      raw: { days: 36_501 },
      field: 'days',
      message: 'Days must be at most 36,500 (100 years)',
    },
    {
      name: 'negative principal',
      raw: { principal: -5 },
      field: 'principal',
      message: 'Principal must be between 0 and 1,000,000,000,000 tokens',
    },
    {
      name: 'missing principal',
      raw: { principal: undefined },
      field: 'principal',
      message: 'Principal is required',
    },
    {
      name: 'text that is not a number',
      raw: { apr: 'five' },
      field: 'apr',
      message: 'APR must be a number',
    },
    { name: 'negative APR', raw: { apr: -0.01 }, field: 'apr', message: 'APR must be between 0% and 1,000%' },
    {
      name: 'infinite APR',
      raw: { apr: Number.POSITIVE_INFINITY },
      field: 'apr',
      message: 'APR must be a finite number',
    },
    {
      name: 'an unknown compounding name',
      raw: { compounding: 'hourly' },
      field: 'compounding',
      message:
        'Compounding must be none, daily, weekly, monthly, quarterly, yearly, continuous or a whole number of periods per year (1 or more)',
    },
    {
      name: 'a price change below −100%',
      raw: { priceChange: -2 },
      field: 'priceChange',
      message: 'Price change must be between −100% and +10,000%',
    },
    {
      name: 'a negative price',
      raw: { price: -1 },
      field: 'price',
      message: 'Token price must be between 0 and 1,000,000,000',
    },
    {
      name: 'negative inflation',
      raw: { inflation: -0.01 },
      field: 'inflation',
      message: 'Inflation must be between 0% and 1,000%',
    },
    {
      name: 'a projection too large to show',
      raw: { apr: 10, days: 36_500 },
      field: 'days',
      message:
        'This projection grows more than 10^120-fold, too large to show. Shorten the period or lower the APR.',
    },
  ]
  it.each(messages)('explains $name in plain English', ({ raw, field, message }) => {
    const result = validateStakeInput({ ...valid, ...raw })
    expect(result).toEqual({ ok: false, errors: { [field]: message } })
  })

  it('reports every bad field at once', () => {
    const result = validateStakeInput({ principal: -1, apr: -1, commission: 2, compounding: 'x', days: 0.5 })
    expect(result.ok).toBe(false)
    if (!result.ok)
      expect(Object.keys(result.errors).sort()).toEqual([
        'apr',
        'commission',
        'compounding',
        'days',
        'principal',
      ])
  })

  it('agrees with projectStake, which throws the same message on the same field', () => {
    expect(() => projectStake({ ...valid, commission: 1.5 })).toThrow(
      expect.objectContaining({ field: 'commission', message: 'Commission must be between 0% and 100%' }),
    )
  })

  it('rejects a value of the wrong type passed to projectStake', () => {
    const bad = { ...valid, principal: '1000' } as unknown as StakeInput
    expect(() => projectStake(bad)).toThrow(expect.objectContaining({ field: 'principal' }))
  })
})
