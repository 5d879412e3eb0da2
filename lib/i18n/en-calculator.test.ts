import { describe, expect, it } from 'vitest'
import { enCalculator } from './en-calculator'

describe('calculator strings', () => {
  it.each([
    [0, 'no wait'],
    [0.01, 'less than an hour'],
    [1 / 24, '1 hour'],
    [10 / 1440 + 0.5, '12 hours'],
    [1, '1 day'],
    [1.13, '1.1 days'],
    [21, '21 days'],
    [46.4, '46 days'],
  ])('a wait of %s days reads "%s"', (days, text) => expect(enCalculator.liquidity.days(days)).toBe(text))
})
