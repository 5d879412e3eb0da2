import Decimal from 'decimal.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CalculatorInputError } from './errors'
import { impermanentLoss } from './impermanent-loss'

/** Independent working in 40-digit decimals: 2√r / (1 + r) − 1. */
const worked = (r: string) => {
  const d = new Decimal(r)
  return d.sqrt().times(2).div(d.plus(1)).minus(1).toNumber()
}

describe('impermanentLoss', () => {
  it.each([
    ['1', 0],
    ['2', worked('2')],
    ['4', -0.2],
    ['0.25', -0.2],
    ['0.5', worked('0.5')],
    ['5', worked('5')],
  ])('matches the worked value for a price ratio of %s', (r, expected) => {
    expect(impermanentLoss(Number(r))).toBeCloseTo(expected, 14)
  })

  it('gives −5.72 % when one price doubles', () => {
    expect(impermanentLoss(2)).toBeCloseTo(-0.057191, 6)
  })

  it('is never positive and the same for r and 1/r', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1e6, noNaN: true }), (r) => {
        const loss = impermanentLoss(r)
        expect(loss).toBeLessThanOrEqual(0)
        expect(loss).toBeGreaterThan(-1)
        expect(impermanentLoss(1 / r)).toBeCloseTo(loss, 9)
      }),
    )
  })

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY])('refuses a price ratio of %s', (r) => {
    expect(() => impermanentLoss(r)).toThrow(CalculatorInputError)
  })
})
