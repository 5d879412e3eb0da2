import { describe, expect, it } from 'vitest'
import { formatFigure } from './format'

describe('formatFigure', () => {
  it.each([
    [{ value: 0.0418, unit: 'per year', display: 'percent' }, '4.18%'],
    [{ value: 0.0001, unit: 'share of bonded stake', display: 'percent' }, '0.01%'],
    [{ value: 0.625, unit: 'share of the ideal reward', display: 'percent' }, '62.5%'],
    [{ value: 35_633_279, unit: 'ETH', display: 'compact' }, '35.63 million ETH'],
    [{ value: 2_304_000, unit: 'ETH', display: 'compact' }, '2.3 million ETH'],
    [{ value: 993_342, unit: 'validators', display: 'number' }, '993,342 validators'],
    [{ value: 1.98, unit: 'days', display: 'number' }, '1.98 days'],
  ] as const)('shows %o as %s', (figure, text) => {
    expect(formatFigure(figure)).toBe(text)
  })
})
