import { describe, expect, it } from 'vitest'
import {
  formatApproxDuration,
  formatDays,
  formatFiat,
  formatList,
  formatNumber,
  formatQuantity,
  formatTokens,
  formatDuration,
  formatExactTokens,
  formatIsoDate,
  formatPercent,
  formatTokenAmount,
} from '.'

describe('formats', () => {
  it.each([
    [1234.5678, '1,234.57 ATOM'],
    [32.05623, '32.0562 ATOM'],
    [0.0078125, '0.007813 ATOM'],
    [0.000005, '0.000005 ATOM'],
    [0, '0 ATOM'],
    [-5, '-5 ATOM'],
  ])('formats %d tokens as %s', (value, text) => {
    expect(formatTokenAmount(value, 'ATOM')).toBe(text)
  })

  it.each([
    [10 / 1440, '10 minutes'],
    [11 / 225, '70 minutes'],
    [256 / 225, '27 hours'],
    [2.56, '2.6 days'],
    [21, '21 days'],
  ])('formats %d days as %s', (days, text) => {
    expect(formatDuration(days)).toBe(text)
  })

  it('formats whole days and percentages', () => {
    expect(formatDays(1)).toBe('1 day')
    expect(formatDays(1095)).toBe('1,095 days')
    expect(formatPercent(0.153605)).toBe('15.36%')
    expect(formatExactTokens(499.995, 'ATOM')).toBe('499.995 ATOM')
    expect(formatIsoDate('2025-05-07')).toBe('May 7, 2025')
    expect(formatExactTokens(99.999995, 'SOL')).toBe('99.999995 SOL')
  })
})

describe('formatIsoDate', () => {
  it.each([
    ['2026-11-25', 'November 25, 2026'],
    ['2024-02-29', 'February 29, 2024'],
    ['2026-01-01', 'January 1, 2026'],
    ['2024-10-15', 'October 15, 2024'],
  ])('formats %s as %s in every time zone', (iso, expected) => {
    expect(formatIsoDate(iso)).toBe(expected)
  })

  it('gives back what it cannot read as a date, instead of throwing', () => {
    expect(formatIsoDate('')).toBe('')
    expect(formatIsoDate('2026-13-01')).toBe('2026-13-01')
  })
})

describe('the cases readers reported', () => {
  it.each([
    [
      'a Solana exchange wait of seconds reads as one minute',
      formatApproxDuration(0.3 / 1440),
      'about 1 minute',
    ],
    [
      'a Cosmos jail sentence says "about" once',
      `After about ${formatDuration(18 / 24)}`,
      'After about 18 hours',
    ],
    ['a huge fiat amount is compact', formatFiat(1.728e15, 'USD'), '$1,728T'],
    ['a huge token amount is compact', formatTokens(1.728e15, 'ETH'), '1,728 trillion ETH'],
    ['beyond compact notation it reads as a bound', formatNumber(1.2e20), 'more than 1 million trillion'],
    ['one token is singular', formatQuantity(1, { one: 'token', other: 'tokens' }), '1 token'],
    ['a fraction of a token is plural', formatQuantity(1.5, { one: 'token', other: 'tokens' }), '1.5 tokens'],
    ['a list of one is the item alone', formatList(['delegation'], 'disjunction'), 'delegation'],
    [
      'a list of two reads with "or"',
      formatList(['delegation', 'solo staking'], 'disjunction'),
      'delegation or solo staking',
    ],
  ])('%s: %s', (_, text, expected) => {
    expect(text).toBe(expected)
  })
})
