import { bench, describe } from 'vitest'
import { projectStake, simulateOutcomes } from './index'

describe('projectStake', () => {
  bench('100-year daily projection with a series', () => {
    projectStake({
      principal: 32,
      apr: 0.04,
      commission: 0.1,
      compounding: 'daily',
      days: 36_500,
      price: 3000,
      priceChange: 0.5,
    })
  })
})

describe('simulateOutcomes', () => {
  const uncertain = {
    principal: 32,
    apr: 0.04,
    commission: 0.1,
    compounding: 'daily' as const,
    aprDrift: { min: -0.01, max: 0.01 },
    uptime: 0.99,
    slashing: { annualProbability: 0.01, fraction: 0.05 },
    priceRange: { min: 1000, max: 6000 },
    paths: 10_000,
    seed: 1,
  }
  bench('10,000 paths over 1 year', () => {
    simulateOutcomes({ ...uncertain, days: 365 })
  })
  bench('10,000 paths over 10 years', () => {
    simulateOutcomes({ ...uncertain, days: 3650 })
  })
})
