import { describe, expect, it } from 'vitest'
import { formatDate } from '@/lib/i18n'
import {
  formatDays,
  formatDuration,
  formatExactTokens,
  formatIsoDate,
  formatPercent,
  formatTokens,
} from './format'

describe('formats', () => {
  it.each([
    [1234.5678, '1,234.57 ATOM'],
    [32.05623, '32.0562 ATOM'],
    [0.0078125, '0.007813 ATOM'],
    [0.000005, '0.000005 ATOM'],
    [0, '0 ATOM'],
    [-5, '-5 ATOM'],
  ])('formats %d tokens as %s', (value, text) => {
    expect(formatTokens(value, 'ATOM')).toBe(text)
  })

  it.each([
    [10 / 1440, 'about 10 minutes'],
    [11 / 225, 'about 70 minutes'],
    [256 / 225, 'about 27 hours'],
    [2.56, 'about 2.6 days'],
    [21, 'about 21 days'],
  ])('formats %d days as %s', (days, text) => {
    expect(formatDuration(days)).toBe(text)
  })

  it('formats whole days and percentages', () => {
    expect(formatDays(1)).toBe('1 day')
    expect(formatDays(1095)).toBe('1,095 days')
    expect(formatPercent(0.153605)).toBe('15.36%')
    expect(formatExactTokens(499.995, 'ATOM')).toBe('499.995 ATOM')
    expect(formatIsoDate('2025-05-07')).toBe('May 7, 2025')
    expect(formatIsoDate('2024-10-15')).toBe(formatDate('2024-10-15'))
    expect(formatExactTokens(99.999995, 'SOL')).toBe('99.999995 SOL')
  })
})
